package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Several notices (no sound, no voice commands) share the window's banner, one line each: each sentence is kept. The
 * lines are handed on under the lock, so two notices from two threads at once reach the banner in the order the lines
 * changed, and the last shown is all of them.
 */
final class BannerLines {
    private final Consumer<String> banner;
    private final List<String> lines = new ArrayList<>();

    BannerLines(Consumer<String> banner) {
        this.banner = banner;
    }

    /** Adds a sentence and shows all of them. Any thread; {@code banner} must not wait for another thread. */
    synchronized void add(String sentence) {
        if (lines.contains(sentence)) {
            return;
        }
        lines.add(sentence);
        banner.accept(String.join("\n", lines));
    }

    /** Takes a sentence off (a notice that has passed) and shows the rest, if any. Any thread. */
    synchronized void remove(String sentence) {
        if (lines.remove(sentence)) {
            banner.accept(String.join("\n", lines));
        }
    }
}
