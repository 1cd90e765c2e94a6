package org.footcoach.session;

/** What a run of counted steps counts. */
public enum Work {
    /** Reps on the exercise's beat, times the tempo factor. */
    REPS,
    /** Seconds of a hold. */
    HOLD,
    /** Timed work with a minute clock every 30 s; positions are seconds. */
    TIMED,
    /** The five-second spoken countdown before standing work. */
    COUNTDOWN
}
