package org.footcoach.session;

/** What the engine is doing now. */
public enum SessionState {
    /** Built, not started. GO starts it. */
    IDLE,
    /** Saying the intro, instructions or announcements. */
    SPEAKING,
    /** Waiting for GO before standing work. */
    WAITING_FOR_GO,
    /** The five-second countdown before standing work. */
    COUNTING_DOWN,
    /** Counting reps on the beat. */
    COUNTING,
    /** Counting the seconds of a hold. */
    HOLDING,
    /** Timed work with a minute clock. */
    TIMING,
    /** Between sets or exercises. */
    RESTING,
    /** Paused at an exact position; GO resumes there. */
    PAUSED,
    /** Over, stopped or finished. Every command is ignored. */
    ENDED;

    /** Not going on by itself: GO (the pedal) starts, goes on or resumes. */
    public boolean waiting() {
        return this == IDLE || this == WAITING_FOR_GO || this == COUNTING_DOWN || this == PAUSED;
    }

    /** A hold or timed work runs: DONE (the pedal) ends it early. */
    public boolean holding() {
        return this == HOLDING || this == TIMING;
    }
}
