package org.footcoach.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one file, in the order they are found. */
final class Problems {
    private static final int MAX_QUOTED_CHARS = 40;

    private final String file;
    private final List<ContentError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** Adds an error: where, what is wrong, and what would be allowed there (texts from the bundle). */
    void add(String path, String problem, String allowed) {
        errors.add(new ContentError(file, path, problem, allowed));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    List<ContentError> list() {
        return List.copyOf(errors);
    }

    /** A value quoted from the file, cut short so that one error stays one readable line. */
    static String shorten(String value) {
        String line = value.replaceAll("\\s+", " ");
        return line.length() <= MAX_QUOTED_CHARS ? line : line.substring(0, MAX_QUOTED_CHARS) + "...";
    }

    static String msg(String key, Object... args) {
        return ContentMessages.text(key, args);
    }
}
