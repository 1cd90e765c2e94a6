package org.footcoach.session;

/** Runs tasks at absolute times on the {@link Clock}'s timeline, one at a time, on the engine's thread. */
public interface Scheduler {
    /** Runs {@code task} at {@code atMillis}, or at once if that time has passed. */
    Scheduled at(long atMillis, Runnable task);

    /** Runs {@code task} as soon as possible, after tasks already due. Commands from other threads come in here. */
    default Scheduled now(Runnable task) {
        return at(Long.MIN_VALUE, task);
    }

    interface Scheduled {
        void cancel();
    }
}
