package org.footcoach.content;

import java.util.List;

/**
 * Either the loaded content (and no errors) or every error found (and no content); never both, never neither.
 *
 * @param content the content, or null when the load failed
 * @param errors  every error found, in file order; empty when the load succeeded
 */
public record LoadResult(Content content, List<ContentError> errors) {
    public LoadResult {
        errors = List.copyOf(errors);
        if ((content == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a load result has either content or errors");
        }
    }

    public static LoadResult of(Content content) {
        return new LoadResult(content, List.of());
    }

    public static LoadResult failed(List<ContentError> errors) {
        return new LoadResult(null, errors);
    }

    public boolean ok() {
        return content != null;
    }
}
