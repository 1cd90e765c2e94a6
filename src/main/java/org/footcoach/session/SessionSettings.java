package org.footcoach.session;

/**
 * How a plan is led: what the engine does before standing work, counting tempo, rests and the gap between cues.
 *
 * @param tempoFactor     multiplies each exercise's rep beat; above 1 is slower. Holds always count seconds.
 * @param restSeconds     silence after "next up" between exercises
 * @param setRestSeconds  silence between sets and before the other side
 * @param gapMillis       least silence between the end of one cue and the start of the next
 */
public record SessionSettings(ReadyMode readyMode, double tempoFactor, int restSeconds, int setRestSeconds,
                              long gapMillis) {
    public static final double SLOWEST = 2.0;
    public static final double FASTEST = 0.6;
    /** One SLOWER or FASTER command multiplies or divides the tempo factor by this. */
    public static final double TEMPO_STEP = 1.15;

    public SessionSettings {
        if (readyMode == null) {
            throw new IllegalArgumentException(SessionMessages.text("settings.readyMode.missing"));
        }
        if (!(tempoFactor >= FASTEST && tempoFactor <= SLOWEST)) {
            throw new IllegalArgumentException(SessionMessages.text("settings.tempo.outside",
                    String.valueOf(tempoFactor), String.valueOf(FASTEST), String.valueOf(SLOWEST)));
        }
        if (restSeconds < 0 || setRestSeconds < 0 || gapMillis < 0) {
            throw new IllegalArgumentException(SessionMessages.text("settings.negative"));
        }
    }

    public static SessionSettings defaults() {
        return new SessionSettings(ReadyMode.WAIT_FOR_GO, 1.0, 15, 5, 300);
    }

    /** Defaults that never wait for GO: for the offline render and tests of a whole run. */
    public static SessionSettings headless() {
        return defaults().withReadyMode(ReadyMode.AUTO);
    }

    public SessionSettings withReadyMode(ReadyMode mode) {
        return new SessionSettings(mode, tempoFactor, restSeconds, setRestSeconds, gapMillis);
    }

    public SessionSettings withTempoFactor(double factor) {
        return new SessionSettings(readyMode, factor, restSeconds, setRestSeconds, gapMillis);
    }

    public SessionSettings withRestSeconds(int betweenExercises, int betweenSets) {
        return new SessionSettings(readyMode, tempoFactor, betweenExercises, betweenSets, gapMillis);
    }

    public SessionSettings withGapMillis(long gap) {
        return new SessionSettings(readyMode, tempoFactor, restSeconds, setRestSeconds, gap);
    }
}
