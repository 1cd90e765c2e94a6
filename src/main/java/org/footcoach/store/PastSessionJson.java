package org.footcoach.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Kind;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;

/**
 * A past session as the JSON of its file, with a {@code version}. A file of an older version is read through
 * {@link #upgrade}; one of a newer version (from a later Foot Coach) is refused, so it is never overwritten.
 */
final class PastSessionJson {
    static final int VERSION = 1;

    private PastSessionJson() {
    }

    static String write(PastSession s) {
        JsonObject o = new JsonObject();
        o.addProperty("version", VERSION);
        o.addProperty("started", s.started().toString());
        s.ended().ifPresent(at -> o.addProperty("ended", at.toString()));
        o.addProperty("routine", s.routineId());
        o.addProperty("routine_name", s.routineName());
        o.addProperty("ending", s.ending().logName());
        s.effort().ifPresent(v -> o.addProperty("effort", v));
        s.pain().ifPresent(v -> o.addProperty("pain", v));
        JsonArray exercises = new JsonArray();
        for (ExerciseDone e : s.exercises()) {
            JsonObject x = new JsonObject();
            x.addProperty("id", e.id());
            x.addProperty("name", e.name());
            x.addProperty("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            x.addProperty("sets_planned", e.setsPlanned());
            x.addProperty("sets_done", e.setsDone());
            x.addProperty("reps_planned", e.repsPlanned());
            x.addProperty("reps_done", e.repsDone());
            x.addProperty("hold_seconds", e.holdSeconds());
            x.addProperty("held_seconds", e.heldSeconds());
            x.addProperty("sets_ended_early", e.setsEndedEarly());
            x.addProperty("skipped", e.skipped());
            x.addProperty("reached", e.reached());
            exercises.add(x);
        }
        o.add("exercises", exercises);
        return o.toString();
    }

    /**
     * @throws DataFileException naming what is wrong, when the text is not a past session this version can read
     */
    static PastSession read(String id, String text) throws DataFileException {
        if (text.isBlank()) {
            throw new DataFileException(StoreText.get("file.empty"), true);
        }
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            int version = integer(o, "version");
            if (version > VERSION) {
                throw new DataFileException(StoreText.get("file.newer", version, VERSION), false);
            }
            o = upgrade(o, version);
            List<ExerciseDone> exercises = new ArrayList<>();
            for (JsonElement x : o.getAsJsonArray("exercises")) {
                exercises.add(exercise(x.getAsJsonObject()));
            }
            return new PastSession(id, Instant.parse(string(o, "started")),
                    o.has("ended") ? Optional.of(Instant.parse(string(o, "ended"))) : Optional.empty(),
                    string(o, "routine"), string(o, "routine_name"), Ending.fromLogName(string(o, "ending")),
                    optional(o, "effort"), optional(o, "pain"), exercises);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | UnsupportedOperationException | DateTimeParseException e) {
            throw new DataFileException(StoreText.get("history.unreadable", e.getMessage()), true);
        }
    }

    /**
     * Brings the JSON of {@code version} up to {@link #VERSION}, one version at a time. Version 1 is the first; each
     * later version adds its step here, and a version-1 file kept in the tests must always read.
     */
    private static JsonObject upgrade(JsonObject o, int version) {
        if (version < 1) {
            throw new IllegalArgumentException(StoreText.get("file.no-version", version));
        }
        return o;
    }

    private static ExerciseDone exercise(JsonObject x) {
        return new ExerciseDone(string(x, "id"), string(x, "name"),
                Kind.valueOf(string(x, "kind").toUpperCase(java.util.Locale.ROOT)), integer(x, "sets_planned"),
                integer(x, "sets_done"), integer(x, "reps_planned"), integer(x, "reps_done"),
                integer(x, "hold_seconds"), integer(x, "held_seconds"), integer(x, "sets_ended_early"),
                x.get("skipped").getAsBoolean(), x.get("reached").getAsBoolean());
    }

    private static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalArgumentException(StoreText.get("history.missing", field));
        }
        return e.getAsString();
    }

    private static int integer(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(StoreText.get("history.missing", field));
        }
        return e.getAsInt();
    }

    private static OptionalInt optional(JsonObject o, String field) {
        return o.has(field) ? OptionalInt.of(integer(o, field)) : OptionalInt.empty();
    }
}
