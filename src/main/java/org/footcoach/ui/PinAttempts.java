package org.footcoach.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong PINs in a row: after {@value #TRIES} the prompt is locked for a minute, so a PIN cannot be found by trying
 * them all. Kept by whoever asks for the PIN, so closing and opening the prompt does not reset it.
 */
public final class PinAttempts {
    static final int TRIES = 5;
    static final Duration LOCK = Duration.ofMinutes(1);

    private final Clock clock;
    private int wrong;
    private Instant lockedUntil = Instant.MIN;

    public PinAttempts(Clock clock) {
        this.clock = clock;
    }

    boolean locked() {
        return clock.instant().isBefore(lockedUntil);
    }

    /** Tries left before the lock. */
    int triesLeft() {
        return TRIES - wrong;
    }

    void wrong() {
        wrong++;
        if (wrong >= TRIES) {
            wrong = 0;
            lockedUntil = clock.instant().plus(LOCK);
        }
    }

    void right() {
        wrong = 0;
    }
}
