package org.footcoach.session;

/**
 * While timed work or a rest's silence runs, tells the screen again every second, so the timed ring and the rest
 * countdown move on the session's clock. What is shown is worked out from the clock at each tick, so nothing
 * drifts; the ticks only say when to look.
 */
final class SecondTicks {
    static final long EVERY_MILLIS = 1000;

    private final Clock clock;
    private final PendingStep next;
    private final Runnable tick;

    SecondTicks(Clock clock, Scheduler scheduler, Runnable tick) {
        this.clock = clock;
        this.next = new PendingStep(scheduler);
        this.tick = tick;
    }

    /** After each snapshot: keeps ticking (a second after the first) while {@code running}, else stops. */
    void follow(boolean running) {
        if (!running) {
            next.cancel();
        } else if (!next.isSet()) {
            next.at(clock.millis() + EVERY_MILLIS, tick);
        }
    }
}
