package org.footcoach.content;

/** The one-line summary of good content, as {@code --validate} prints it. */
public final class ContentSummary {
    private ContentSummary() {
    }

    /** For example {@code exercises.json: OK, 11 exercises, 4 routines}. */
    public static String line(String fileName, Content content) {
        return ContentMessages.text("summary.ok", fileName, content.exercises().size(), content.routines().size());
    }
}
