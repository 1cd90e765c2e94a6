package org.footcoach.app;

import org.footcoach.session.Clock;
import org.footcoach.session.RealTimeClock;
import org.footcoach.session.RealTimeScheduler;
import org.footcoach.session.Scheduler;

/**
 * The clock and scheduler one session runs on, and how to let them go when it ends. The app uses real time, each
 * session on a thread of its own; GUI tests pass a virtual clock (see {@link Source}).
 */
record SessionTiming(Clock clock, Scheduler scheduler, Runnable release) {

    /** Makes the timing for each new session. Every session it makes runs on its one {@link #clock()}. */
    interface Source {
        /**
         * The clock all sessions run on. The voice input reads it too, so a session's cue times are the echo guard's
         * times as they are: a session starts at its time on this clock, not at 0.
         */
        Clock clock();

        SessionTiming open();

        /** As {@link #open()}, for something that is not a session: on real time its thread is called {@code name}. */
        default SessionTiming open(String name) {
            return open();
        }

        /** Real time from now, each session on a new daemon thread that is shut down when the session ends. */
        static Source realTime() {
            return new RealTime(new RealTimeClock());
        }
    }

    private record RealTime(Clock clock) implements Source {
        @Override
        public SessionTiming open() {
            return open("session");
        }

        @Override
        public SessionTiming open(String name) {
            RealTimeScheduler scheduler = RealTimeScheduler.singleThread(name, clock);
            return new SessionTiming(clock, scheduler, scheduler::close);
        }
    }
}
