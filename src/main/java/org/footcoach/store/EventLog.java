package org.footcoach.store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.SessionSummary;

/**
 * What happened, as one JSON object a line: {@code {"t_ms":…, "type":…, …}}; the types are listed with
 * {@code --event-log} in README.md's "Command line".
 * Each kind of event is one call. Implementations are thread-safe; any thread may call.
 */
public interface EventLog extends AutoCloseable {

    /** Writes one event of {@code type} with extra fields (kept in the given order; null values are left out). */
    void record(String type, Map<String, ?> fields);

    @Override
    void close();

    /** A log that keeps nothing, for when no {@code --event-log} was given. */
    static EventLog discarding() {
        return DiscardingEventLog.INSTANCE;
    }

    default void appStarted(String version) {
        record("app-started", fields("version", version));
    }

    default void windowShown(int width, int height, boolean fullScreen) {
        record("window-shown", fields("width", width, "height", height, "full_screen", fullScreen));
    }

    default void screen(String name) {
        record("screen", fields("name", name));
    }

    /** Something went wrong that the person was told about (or that stopped a part of the app). */
    default void error(String message) {
        record("error", fields("message", message));
    }

    default void error(String message, Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        record("error", fields("message", message, "exception", cause.getClass().getName(),
                "detail", cause.getMessage(), "trace", trace.toString()));
    }

    /** {@code firstExercise}: where it begins (not the routine's first when it goes on after a break). */
    default void sessionStarted(String routineId, String firstExercise, int exercises) {
        record("session-started", fields("routine", routineId, "first_exercise", firstExercise, "exercises",
                exercises));
    }

    default void exerciseStarted(String exerciseId) {
        record("exercise-started", fields("exercise", exerciseId));
    }

    /** A spoken cue has its text (and count), an earcon its file name. */
    default void cue(Cue cue) {
        String exercise = cue.exerciseId().orElse(null);
        if (cue instanceof Cue.Speech speech) {
            Integer count = speech.count().isPresent() ? speech.count().getAsInt() : null;
            record("cue", fields("at_ms", cue.atMillis(), "text", speech.text(), "count", count, "exercise", exercise));
        } else {
            Cue.Sound sound = (Cue.Sound) cue;
            record("cue", fields("at_ms", cue.atMillis(), "earcon", sound.earcon().fileName(), "exercise", exercise));
        }
    }

    default void command(Command command, CommandSource source) {
        record("command", fields("name", command.logName(), "source", source.logName()));
    }

    /** A command as the session took it: {@code acted} is false when it was politely ignored. */
    default void command(Command command, CommandSource source, boolean acted) {
        record("command", fields("name", command.logName(), "source", source.logName(), "acted", acted));
    }

    /** A command that meant nothing where it came ({@code where}: "start", "session/holding", ...). */
    default void commandNotPossible(Command command, CommandSource source, String where) {
        record("command", fields("name", command.logName(), "source", source.logName(), "acted", false,
                "why", "not possible now", "where", where));
    }

    /**
     * An exercise begins, or its second side.
     *
     * @param number 1-based place in the routine, of {@code count}
     * @param side   0 when it has no sides, else 1 or 2
     */
    default void exerciseStarted(String exerciseId, int number, int count, int side) {
        record("exercise-started", fields("exercise", exerciseId, "number", number, "of", count, "side", side));
    }

    /** A hold finished by its count, or early with DONE ({@code ended_early}, never a failure). */
    default void holdEnded(String exerciseId, int side, int set, int secondsHeld, boolean endedEarly) {
        record("hold-ended", fields("exercise", exerciseId, "side", side, "set", set, "seconds", secondsHeld,
                "ended_early", endedEarly));
    }

    /** The session is over: what was done of each exercise. */
    default void sessionEnded(SessionSummary summary) {
        record("session-ended", fields("routine", summary.routineId(), "stopped_early", summary.stoppedEarly(),
                "elapsed_ms", summary.elapsedMillis(),
                "exercises", summary.exercises().stream().map(EventLog::done).toList()));
    }

    private static Map<String, Object> done(ExerciseResult result) {
        return fields("exercise", result.exerciseId(), "status", result.status().name().toLowerCase(Locale.ROOT),
                "sets_done", result.setsDone(), "sets_planned", result.setsPlanned(), "reps_done", result.repsDone(),
                "held_seconds", result.heldSeconds(), "timed_seconds", result.timedSeconds(),
                "ended_early", result.endedEarly(), "skipped", result.skipped());
    }

    /** Sound cannot be played; {@code reason} is the sentence shown on screen. */
    default void audioUnavailable(String reason) {
        record("audio-unavailable", fields("reason", reason));
    }

    /** Pairs of key and value, in order. */
    static Map<String, Object> fields(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields need pairs of key and value");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
