package org.footcoach.content;

/**
 * One problem found in a content file.
 *
 * @param file     the file as the person named it
 * @param jsonPath where in the file, like {@code exercises[3].dose.reps.max}; {@code $} is the whole file
 * @param problem  what is wrong
 * @param allowed  what would be accepted there
 */
public record ContentError(String file, String jsonPath, String problem, String allowed) {

    /** The error as one line: file, path, what is wrong, what is allowed. */
    public String line() {
        return ContentMessages.text("error.line", file, jsonPath, oneLine(problem), oneLine(allowed));
    }

    /** White space runs become one space, and a final full stop goes (the line format adds its own). */
    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.endsWith(".") && !line.endsWith("..") ? line.substring(0, line.length() - 1) : line;
    }
}
