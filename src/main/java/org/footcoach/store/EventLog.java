package org.footcoach.store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;

/**
 * What happened, as one JSON object a line: {@code {"t_ms":…, "type":…, …}} (see PRODUCT.md).
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

    default void sessionStarted(String routineId) {
        record("session-started", fields("routine", routineId));
    }

    default void exerciseStarted(String exerciseId) {
        record("exercise-started", fields("exercise", exerciseId));
    }

    default void cue(Cue cue) {
        record("cue", fields("at_ms", cue.atMillis(), "text", cue.text(), "count", cue.count(),
                "earcon", cue.earcon() == null ? null : cue.earcon().fileName(), "exercise", cue.exerciseId()));
    }

    default void command(Command command, CommandSource source) {
        record("command", fields("name", command.logName(), "source", source.logName()));
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
