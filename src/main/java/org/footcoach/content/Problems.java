package org.footcoach.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one file, in the order they are found. */
final class Problems {
    private final String file;
    private final List<ContentError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** Adds an error; problem and allowed are message keys, each formatted with its own arguments. */
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

    static String msg(String key, Object... args) {
        return ContentMessages.text(key, args);
    }
}
