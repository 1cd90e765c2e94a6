package org.footcoach.content;

import java.util.List;

/** STUB until the content branch lands: either content or the errors that stopped it loading. */
public record LoadResult(Content content, List<ContentError> errors) {
    public boolean ok() {
        return content != null;
    }
}
