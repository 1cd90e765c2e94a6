package org.footcoach.store;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.footcoach.session.Clock;

/**
 * Appends events to a file, one JSON object a line, flushed after every line so nothing is lost on a crash.
 * {@code t_ms} is milliseconds since the log was opened, on the given clock. Events after {@link #close()} are
 * dropped. The log is a diagnostic record: a line that cannot be written (a full disk) is reported once and dropped,
 * never thrown at the screen or session that logged it; later lines try again.
 */
public final class JsonLinesEventLog implements EventLog {
    private static final System.Logger LOG = System.getLogger(JsonLinesEventLog.class.getName());

    private final Gson gson = new Gson();
    private final Clock clock;
    private final long startMillis;
    private final Writer out;
    private final Path file;
    private boolean closed;
    /** True from a failed write until one succeeds, so a full disk is reported once, not once a line. */
    private boolean failing;

    /** {@code file} is where {@code out} writes, for the report when it fails. */
    JsonLinesEventLog(Writer out, Path file, Clock clock) {
        this.out = out;
        this.file = file;
        this.clock = clock;
        this.startMillis = clock.millis();
    }

    /** Opens {@code file} for appending (creating it and its folder when missing). */
    public static JsonLinesEventLog open(Path file, Clock clock) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return new JsonLinesEventLog(writer, file, clock);
    }

    @Override
    public synchronized void record(String type, Map<String, ?> fields) {
        if (closed) {
            // Threads that outlive the window (engine, recogniser) may still report during shut-down.
            return;
        }
        JsonObject line = new JsonObject();
        line.addProperty("t_ms", clock.millis() - startMillis);
        line.addProperty("type", type);
        fields.forEach((key, value) -> {
            if (value != null) {
                line.add(key, gson.toJsonTree(value));
            }
        });
        try {
            out.write(gson.toJson(line) + "\n");
            out.flush();
            if (failing) {
                failing = false;
                LOG.log(System.Logger.Level.INFO, "Writing to the event log " + file + " again.");
            }
        } catch (IOException e) {
            if (!failing) {
                failing = true;
                LOG.log(System.Logger.Level.WARNING, "Cannot write to the event log " + file + " (" + e
                        + "); its events are dropped until a write succeeds.");
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot close the event log " + file + " (" + e
                    + "); its last events may be lost.");
        }
    }
}
