package org.footcoach.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.footcoach.store.PinHash;
import org.footcoach.ui.ClinicianGate;

/**
 * The clinician's PIN for one visit to Settings: asking shows the PIN prompt through {@code prompt}, and once the
 * PIN is right the gate stays open until the person leaves Settings (a new gate is made for each visit).
 */
final class ClinicianPinGate implements ClinicianGate {
    private final Supplier<Optional<PinHash>> pin;
    private final Consumer<Runnable> prompt;
    private boolean open;

    /** {@code prompt} shows the PIN prompt and runs what it is given once the PIN is right. */
    ClinicianPinGate(Supplier<Optional<PinHash>> pin, Consumer<Runnable> prompt) {
        this.pin = pin;
        this.prompt = prompt;
    }

    @Override
    public boolean open() {
        return open;
    }

    @Override
    public boolean pinSet() {
        return pin.get().isPresent();
    }

    @Override
    public void ask(Runnable then) {
        prompt.accept(() -> {
            open = true;
            then.run();
        });
    }
}
