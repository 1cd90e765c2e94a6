package org.footcoach.content;

/** STUB until the content branch lands. */
public final class ContentSummary {
    private ContentSummary() {
    }

    public static String line(String fileName, Content content) {
        return fileName + ": OK, " + content.exercises().size() + " exercises, " + content.routines().size()
                + " routines";
    }
}
