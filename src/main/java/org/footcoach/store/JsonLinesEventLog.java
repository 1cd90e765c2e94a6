package org.footcoach.store;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * dropped.
 */
public final class JsonLinesEventLog implements EventLog {
    private final Gson gson = new Gson();
    private final Clock clock;
    private final long startMillis;
    private final Writer out;
    private boolean closed;

    private JsonLinesEventLog(Writer out, Clock clock) {
        this.out = out;
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
        return new JsonLinesEventLog(writer, clock);
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
            out.write(gson.toJson(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the event log", e);
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
            throw new UncheckedIOException("cannot close the event log", e);
        }
    }
}
