package org.footcoach.app;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads an event log file as it is now. */
final class EventLines {
    private final Path file;

    EventLines(Path file) {
        this.file = file;
    }

    List<JsonObject> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            // Only whole lines: the app may be writing the next one right now.
            String text = Files.readString(file);
            String complete = text.substring(0, text.lastIndexOf('\n') + 1);
            return complete.lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonObject> ofType(String type) {
        return all().stream().filter(event -> event.get("type").getAsString().equals(type)).toList();
    }

    List<String> types() {
        return all().stream().map(event -> event.get("type").getAsString()).toList();
    }
}
