package org.footcoach.app;

import org.footcoach.session.Clock;
import org.footcoach.session.Scheduler;

/**
 * The kiosk's way to the admin screen: a press on the top-left corner held for {@value #HOLD_MILLIS} ms. A press
 * lifted sooner does nothing. Timed on its scheduler (a virtual clock in tests). Thread-safe; never calls its clock or
 * scheduler while holding its own lock.
 */
final class AdminGesture {
    static final long HOLD_MILLIS = 5000;

    private final Clock clock;
    private final Scheduler scheduler;
    private final Runnable held;
    /** Counts presses, so a press lifted and pressed again is not taken for the first one held. */
    private long press;
    private boolean down;

    /** {@code held} runs on the scheduler's thread and must not block. */
    AdminGesture(Clock clock, Scheduler scheduler, Runnable held) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.held = held;
    }

    void pressed() {
        long now = clock.millis();
        long thisPress;
        synchronized (this) {
            down = true;
            thisPress = ++press;
        }
        scheduler.at(now + HOLD_MILLIS, () -> heldFor(thisPress));
    }

    synchronized void released() {
        down = false;
    }

    private void heldFor(long thatPress) {
        boolean stillHeld;
        synchronized (this) {
            stillHeld = down && press == thatPress;
            if (stillHeld) {
                down = false;
            }
        }
        if (stillHeld) {
            held.run();
        }
    }
}
