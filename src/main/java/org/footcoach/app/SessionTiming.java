package org.footcoach.app;

import org.footcoach.session.Clock;
import org.footcoach.session.RealTimeClock;
import org.footcoach.session.RealTimeScheduler;
import org.footcoach.session.Scheduler;

/**
 * The clock and scheduler one session runs on, and how to let them go when it ends. The app uses real time on a
 * thread of its own; GUI tests pass a virtual clock (see {@link Source}).
 */
record SessionTiming(Clock clock, Scheduler scheduler, Runnable release) {

    /** Makes the timing for each new session. */
    @FunctionalInterface
    interface Source {
        SessionTiming open();

        /** Real time on a new daemon thread per session, shut down when the session ends. */
        static Source realTime() {
            return () -> {
                RealTimeClock clock = new RealTimeClock();
                RealTimeScheduler scheduler = RealTimeScheduler.singleThread("session", clock);
                return new SessionTiming(clock, scheduler, scheduler::close);
            };
        }
    }
}
