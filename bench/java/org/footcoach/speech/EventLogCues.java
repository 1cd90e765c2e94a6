package org.footcoach.speech;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.footcoach.session.Earcon;

/** The {@code cue} lines of an event log ({@code --event-log}): when each was due and what it was. */
final class EventLogCues {
    /** A cue due at {@code atMillis} on the session's clock: words, or an earcon. */
    record LoggedCue(long atMillis, String text, Optional<Earcon> earcon) {
    }

    private EventLogCues() {
    }

    static List<LoggedCue> read(Path log) throws IOException {
        List<LoggedCue> cues = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            if (!o.get("type").getAsString().equals("cue")) {
                continue;
            }
            long at = o.get("at_ms").getAsLong();
            if (o.has("earcon")) {
                String name = o.get("earcon").getAsString();
                cues.add(new LoggedCue(at, name, Optional.of(earcon(name))));
            } else {
                cues.add(new LoggedCue(at, o.get("text").getAsString(), Optional.empty()));
            }
        }
        return cues;
    }

    /** Whether the log has a line of {@code type} yet. */
    static boolean has(Path log, String type) throws IOException {
        if (!Files.exists(log)) {
            return false;
        }
        for (String line : Files.readAllLines(log)) {
            if (line.contains("\"type\":\"" + type + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static Earcon earcon(String fileName) {
        for (Earcon e : Earcon.values()) {
            if (e.fileName().equals(fileName)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No earcon is called " + fileName);
    }
}
