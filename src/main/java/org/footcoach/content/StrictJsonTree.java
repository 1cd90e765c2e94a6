package org.footcoach.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text strictly into a tree. Unlike {@code JsonParser} it reports a name that appears twice in one
 * object (Gson would silently keep only the last one) and turns syntax errors into errors with line and column.
 */
final class StrictJsonTree {
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+) path (\\S+)");

    /** Gson's syntax error reasons (the start of its message) and the message key that says it plainly. */
    private static final String[][] REASONS = {
            {"Unterminated object", "json.reason.object"},
            {"Unterminated array", "json.reason.array"},
            {"Unterminated string", "json.reason.string"},
            {"Expected name", "json.reason.name"},
            {"Expected value", "json.reason.value"},
            {"Expected ':'", "json.reason.colon"},
            {"End of input", "json.reason.end"},
            {"Number out of range", "json.reason.number"},
            {"Use JsonReader.setStrictness", "json.reason.lenient"},
    };

    private final String file;
    private final List<ContentError> errors;

    StrictJsonTree(String file, List<ContentError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The tree, or null when the text is not JSON (the syntax error is then in the error list). */
    JsonElement read(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = value(reader);
            return atEnd(reader) ? root : null;
        } catch (MalformedJsonException | EOFException | IllegalStateException e) {
            errors.add(syntaxError(e));
            return null;
        } catch (IOException e) {
            // a StringReader only fails this way on a bug in the reader; report it as an unreadable file
            errors.add(new ContentError(file, "$", ContentMessages.text("file.unreadable", e.getMessage()),
                    ContentMessages.text("file.unreadable.allowed")));
            return null;
        }
    }

    /** True when nothing but white space follows the JSON; reports the extra text otherwise. */
    private boolean atEnd(JsonReader reader) throws IOException {
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return true;
            }
        } catch (MalformedJsonException e) {
            Matcher at = LOCATION.matcher(String.valueOf(e.getMessage()));
            if (at.find()) {
                errors.add(new ContentError(file, JsonPaths.ROOT,
                        ContentMessages.text("json.extra.at", at.group(1), at.group(2)),
                        ContentMessages.text("json.extra.allowed")));
                return false;
            }
        }
        errors.add(new ContentError(file, JsonPaths.ROOT, ContentMessages.text("json.extra"),
                ContentMessages.text("json.extra.allowed")));
        return false;
    }

    private JsonElement value(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                return object(reader);
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(value(reader));
                }
                reader.endArray();
                return array;
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                String number = reader.nextString();
                try {
                    return new JsonPrimitive(new BigDecimal(number));
                } catch (NumberFormatException e) {
                    throw new MalformedJsonException("Number out of range " + reader);
                }
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedJsonException("Unexpected " + reader.peek() + " " + reader);
        }
    }

    private JsonObject object(JsonReader reader) throws IOException {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            String path = JsonPaths.of(reader.getPath());
            JsonElement element = value(reader);
            if (object.has(name)) {
                errors.add(new ContentError(file, path, ContentMessages.text("json.duplicateName", name),
                        ContentMessages.text("json.duplicateName.allowed")));
            } else {
                object.add(name, element);
            }
        }
        reader.endObject();
        return object;
    }

    private ContentError syntaxError(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher at = LOCATION.matcher(message);
        String allowed = ContentMessages.text("json.malformed.allowed");
        if (!at.find()) {
            return new ContentError(file, "$", ContentMessages.text("json.malformed.nowhere", message), allowed);
        }
        String reason = plainReason(message.substring(0, at.start()).strip());
        return new ContentError(file, JsonPaths.of(at.group(3)),
                ContentMessages.text("json.malformed", at.group(1), at.group(2), reason), allowed);
    }

    /** Gson's reason in plain words when we know it, else as Gson says it. */
    private static String plainReason(String gsonReason) {
        for (String[] known : REASONS) {
            if (gsonReason.startsWith(known[0])) {
                return ContentMessages.text(known[1]);
            }
        }
        return gsonReason;
    }
}
