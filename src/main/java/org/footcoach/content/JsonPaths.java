package org.footcoach.content;

/** JSON paths as errors show them: {@code exercises[3].dose.reps.max}, and {@code $} for the whole file. */
final class JsonPaths {
    static final String ROOT = "$";

    private JsonPaths() {
    }

    /** Gson's path ({@code $.exercises[3].name}) in our form. */
    static String of(String gsonPath) {
        if (gsonPath == null || gsonPath.equals("$") || gsonPath.isEmpty()) {
            return ROOT;
        }
        return gsonPath.startsWith("$.") ? gsonPath.substring(2) : gsonPath.substring(1);
    }

    static String field(String parent, String name) {
        return parent.equals(ROOT) ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
