package org.footcoach.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of an exercise file, as bytes: a field deleted, a value of the wrong type, out-of-range and huge
 * numbers, an unknown or a duplicated id, the file cut short, garbage and invalid UTF-8 bytes put in. The same seed
 * gives the same mutations.
 */
final class ContentMutations {
    private static final String[] NUMBERS = {"-1", "0", "1e9", "2147483648", "1e308", "-0.5", "99999999999999999999"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
            {0}, {(byte) 0xF0, (byte) 0x9F}};

    private final String original;
    private final Random random;

    ContentMutations(String original, long seed) {
        this.original = original;
        this.random = new Random(seed);
    }

    /** The next mutation and what it did, in a few words. */
    Mutation next() {
        int kind = random.nextInt(8);
        return switch (kind) {
            case 0 -> structural("a field deleted", this::deleteField);
            case 1 -> structural("a value of another type", this::wrongType);
            case 2 -> structural("a number out of range", this::outOfRange);
            case 3 -> structural("an unknown id in a routine", this::unknownId);
            case 4 -> structural("a duplicated exercise", this::duplicate);
            case 5 -> cutShort();
            case 6 -> garbage();
            default -> invalidUtf8();
        };
    }

    record Mutation(String what, byte[] bytes) {
    }

    private Mutation structural(String what, java.util.function.Consumer<JsonObject> change) {
        JsonObject root = JsonParser.parseString(original).getAsJsonObject();
        change.accept(root);
        return new Mutation(what, root.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void deleteField(JsonObject root) {
        JsonObject owner = randomObject(root);
        List<String> keys = new ArrayList<>(owner.keySet());
        if (!keys.isEmpty()) {
            owner.remove(keys.get(random.nextInt(keys.size())));
        }
    }

    private void wrongType(JsonObject root) {
        JsonObject owner = randomObject(root);
        List<String> keys = new ArrayList<>(owner.keySet());
        if (keys.isEmpty()) {
            return;
        }
        String key = keys.get(random.nextInt(keys.size()));
        JsonElement[] others = {new JsonPrimitive("text"), new JsonPrimitive(7), new JsonArray(), new JsonObject(),
                JsonNull.INSTANCE, new JsonPrimitive(true)};
        owner.add(key, others[random.nextInt(others.length)]);
    }

    private void outOfRange(JsonObject root) {
        List<JsonObject> withNumbers = new ArrayList<>();
        collect(root, withNumbers);
        withNumbers.removeIf(o -> o.entrySet().stream().noneMatch(e -> e.getValue().isJsonPrimitive()
                && e.getValue().getAsJsonPrimitive().isNumber()));
        if (withNumbers.isEmpty()) {
            return;
        }
        JsonObject owner = withNumbers.get(random.nextInt(withNumbers.size()));
        List<String> numeric = owner.entrySet().stream().filter(e -> e.getValue().isJsonPrimitive()
                && e.getValue().getAsJsonPrimitive().isNumber()).map(Map.Entry::getKey).toList();
        owner.add(numeric.get(random.nextInt(numeric.size())),
                JsonParser.parseString(NUMBERS[random.nextInt(NUMBERS.length)]));
    }

    private void unknownId(JsonObject root) {
        JsonArray routines = root.getAsJsonArray("routines");
        JsonObject routine = routines.get(random.nextInt(routines.size())).getAsJsonObject();
        routine.getAsJsonArray("exercises").add("no-such-exercise-" + random.nextInt(100));
    }

    private void duplicate(JsonObject root) {
        JsonArray exercises = root.getAsJsonArray("exercises");
        exercises.add(exercises.get(random.nextInt(exercises.size())).deepCopy());
    }

    private Mutation cutShort() {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        int length = random.nextInt(bytes.length);
        return new Mutation("cut short at byte " + length, java.util.Arrays.copyOf(bytes, length));
    }

    private Mutation garbage() {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(bytes.length);
        byte[] junk = new byte[1 + random.nextInt(16)];
        random.nextBytes(junk);
        return new Mutation("garbage at byte " + at, splice(bytes, at, junk));
    }

    private Mutation invalidUtf8() {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(bytes.length);
        return new Mutation("invalid UTF-8 at byte " + at, splice(bytes, at, BAD_BYTES[random.nextInt(BAD_BYTES.length)]));
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private JsonObject randomObject(JsonObject root) {
        List<JsonObject> all = new ArrayList<>();
        collect(root, all);
        return all.get(random.nextInt(all.size()));
    }

    private static void collect(JsonElement element, List<JsonObject> into) {
        if (element.isJsonObject()) {
            into.add(element.getAsJsonObject());
            element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), into));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, into));
        }
    }
}
