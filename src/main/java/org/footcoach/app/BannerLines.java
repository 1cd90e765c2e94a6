package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Several notices (no sound, no voice commands) share the window's banner, one line each: each sentence is kept. */
final class BannerLines {
    private final Consumer<String> banner;
    private final List<String> lines = new ArrayList<>();

    BannerLines(Consumer<String> banner) {
        this.banner = banner;
    }

    /** Adds a sentence and shows all of them. Any thread. */
    void add(String sentence) {
        String shown;
        synchronized (this) {
            if (lines.contains(sentence)) {
                return;
            }
            lines.add(sentence);
            shown = String.join("\n", lines);
        }
        banner.accept(shown);
    }

    /** Takes a sentence off (a notice that has passed) and shows the rest, if any. Any thread. */
    void remove(String sentence) {
        String shown;
        synchronized (this) {
            if (!lines.remove(sentence)) {
                return;
            }
            shown = String.join("\n", lines);
        }
        banner.accept(shown);
    }
}
