package org.footcoach.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.footcoach.content.Problems.msg;

/**
 * Reads the fields of one JSON object, checking presence and type, and records each problem with its path.
 * Every getter returns null when the field is missing or wrong, after recording why (if it was required).
 */
final class ObjectFields {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 40;

    private final JsonObject object;
    private final String path;
    private final Problems problems;

    private ObjectFields(JsonObject object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The object at path, or null (with an error) when the element is not an object. */
    static ObjectFields of(JsonElement element, String path, Problems problems) {
        if (element == null || !element.isJsonObject()) {
            problems.add(path, msg("field.type", JsonValueText.describe(element)), msg("type.object"));
            return null;
        }
        return new ObjectFields(element.getAsJsonObject(), path, problems);
    }

    String path(String name) {
        return JsonPaths.field(path, name);
    }

    /** Reports every field whose name is not in the record's components, with the nearest known name if close. */
    void onlyFieldsOf(Class<? extends Record> type) {
        List<String> known = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String name = entry.getKey();
            if (known.contains(name)) {
                continue;
            }
            String allowed = msg("allowed.fields", String.join(", ", known));
            String nearest = NearestName.among(name, known);
            String shown = Problems.shorten(name);
            problems.add(path(name), nearest == null ? msg("field.unknown", shown)
                    : msg("field.unknown.suggest", shown, nearest), allowed);
        }
    }

    boolean has(String name) {
        JsonElement e = object.get(name);
        return e != null && !e.isJsonNull();
    }

    /** A required field that must be present; reports it when missing. */
    private JsonElement required(String name, String allowed) {
        JsonElement e = object.get(name);
        if (e == null || e.isJsonNull()) {
            problems.add(path(name), msg("field.missing", name), allowed);
            return null;
        }
        return e;
    }

    private JsonElement get(String name, boolean required, String allowed) {
        return required ? required(name, allowed) : (has(name) ? object.get(name) : null);
    }

    /** Non-blank text of at most maxChars characters. */
    String text(String name, boolean required, int maxChars) {
        String allowed = msg("type.text", maxChars);
        JsonElement e = get(name, required, allowed);
        if (e == null) {
            return null;
        }
        return checkedText(e, path(name), maxChars);
    }

    private String checkedText(JsonElement e, String at, int maxChars) {
        String allowed = msg("type.text", maxChars);
        if (!isString(e)) {
            problems.add(at, msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        String value = e.getAsString();
        if (value.isBlank()) {
            problems.add(at, msg("field.empty"), allowed);
            return null;
        }
        if (value.length() > maxChars) {
            problems.add(at, msg("field.tooLong", value.length()), allowed);
            return null;
        }
        return value;
    }

    /** A kebab-case id such as {@code ankle-rolls}. */
    String id(String name) {
        String allowed = msg("type.id", MAX_ID_LENGTH);
        JsonElement e = required(name, allowed);
        if (e == null) {
            return null;
        }
        if (!isString(e)) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        String value = e.getAsString();
        if (value.isBlank()) {
            problems.add(path(name), msg("field.empty"), allowed);
            return null;
        }
        if (!KEBAB.matcher(value).matches() || value.length() > MAX_ID_LENGTH) {
            problems.add(path(name), msg("field.badId", Problems.shorten(value)), allowed);
            return null;
        }
        return value;
    }

    /** A list of non-blank texts; an item that is wrong is reported and stays in the list as null. */
    List<String> texts(String name, boolean required, int minItems, int maxItems, int maxChars) {
        String allowed = msg("type.texts", minItems, maxItems);
        JsonElement e = get(name, required, allowed);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        JsonArray array = e.getAsJsonArray();
        if (array.size() < minItems || array.size() > maxItems) {
            problems.add(path(name), array.isEmpty() ? msg("field.empty") : msg("field.count", array.size()),
                    allowed);
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(checkedText(array.get(i), JsonPaths.index(path(name), i), maxChars));
        }
        return values;
    }

    /** A whole number within min..max. */
    Integer integer(String name, int min, int max) {
        String allowed = msg("type.integer", min, max);
        JsonElement e = required(name, allowed);
        if (e == null) {
            return null;
        }
        BigDecimal number = number(e);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(path(name), msg("field.range", JsonValueText.shown(number)), allowed);
            return null;
        }
        return number.intValue();
    }

    /** A number within min..max. */
    Double decimal(String name, double min, double max) {
        String allowed = msg("type.decimal", min, max);
        JsonElement e = required(name, allowed);
        if (e == null) {
            return null;
        }
        BigDecimal number = number(e);
        if (number == null) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        double value = number.doubleValue();
        if (value < min || value > max) {
            problems.add(path(name), msg("field.range", JsonValueText.shown(number)), allowed);
            return null;
        }
        return value;
    }

    Boolean bool(String name, boolean required) {
        String allowed = msg("type.boolean");
        JsonElement e = get(name, required, allowed);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        return e.getAsBoolean();
    }

    /** One of the enum's JSON names (its {@code @SerializedName}). */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(JsonEnumName::of).toList();
        String allowed = msg("type.choice", String.join(", ", names));
        JsonElement e = required(name, allowed);
        if (e == null) {
            return null;
        }
        if (!isString(e)) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        String value = e.getAsString();
        for (E constant : type.getEnumConstants()) {
            if (JsonEnumName.of(constant).equals(value)) {
                return constant;
            }
        }
        String nearest = NearestName.among(value, names);
        problems.add(path(name), nearest == null ? msg("field.unknownChoice", value)
                : msg("field.unknownChoice.suggest", value, nearest), allowed);
        return null;
    }

    ObjectFields object(String name, boolean required) {
        JsonElement e = get(name, required, msg("type.object"));
        return e == null ? null : of(e, path(name), problems);
    }

    /** The items of a list of objects, or null. */
    JsonArray array(String name, int minItems) {
        String allowed = msg("type.list", minItems);
        JsonElement e = required(name, allowed);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            problems.add(path(name), msg("field.type", JsonValueText.describe(e)), allowed);
            return null;
        }
        if (e.getAsJsonArray().size() < minItems) {
            problems.add(path(name), msg("field.empty"), allowed);
        }
        return e.getAsJsonArray();
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static BigDecimal number(JsonElement e) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        return e.getAsBigDecimal();
    }
}
