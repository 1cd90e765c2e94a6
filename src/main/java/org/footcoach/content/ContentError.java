package org.footcoach.content;

/** STUB until the content branch lands: one problem found in a content file. */
public record ContentError(String file, String path, String problem, String allowed) {
    public String line() {
        return file + ": " + path + ": " + problem + (allowed == null ? "" : " (" + allowed + ")");
    }
}
