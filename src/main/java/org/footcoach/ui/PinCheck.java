package org.footcoach.ui;

import java.util.function.Consumer;

/** Checks a PIN against the one kept, away from the event thread (it takes a good part of a second, on purpose). */
@FunctionalInterface
public interface PinCheck {
    /** Calls {@code right} on the event thread with whether {@code pin} is the PIN; may clear {@code pin}. */
    void check(char[] pin, Consumer<Boolean> right);
}
