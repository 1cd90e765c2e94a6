package org.footcoach.app;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.footcoach.store.PinHash;
import org.footcoach.ui.PinCheck;

/**
 * Checks a PIN against a kept hash (the clinician's, or the kiosk admin's) on a background thread (the hash is slow on
 * purpose) and answers on {@code answers} (the event thread). With no PIN set, nothing is right.
 */
final class BackgroundPinCheck implements PinCheck {
    private final Supplier<Optional<PinHash>> pin;
    private final Executor answers;

    BackgroundPinCheck(Supplier<Optional<PinHash>> pin, Executor answers) {
        this.pin = pin;
        this.answers = answers;
    }

    @Override
    public void check(char[] tried, Consumer<Boolean> right) {
        Optional<PinHash> kept = pin.get();
        CompletableFuture.supplyAsync(() -> {
            try {
                return kept.map(hash -> hash.matches(tried)).orElse(false);
            } finally {
                Arrays.fill(tried, '\0');
            }
        }).whenComplete((isRight, error) -> answers.execute(() -> {
            if (error != null) {
                throw new IllegalStateException("The PIN could not be checked.", error);
            }
            right.accept(isRight);
        }));
    }
}
