package org.footcoach.listen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;

/**
 * Knows what the app is saying and when, and tells the recogniser to ignore words that are part of it, so the app
 * never obeys its own voice. "stop" always passes. Times are on the session clock's timeline. Thread-safe: cues come
 * from the engine thread, questions from the recogniser thread.
 */
public final class EchoGuard {

    /** How far before and after a spoken cue its words still count as the app's own (room echo, buffering). */
    public static final long DEFAULT_MARGIN_MILLIS = 600;
    private static final long KEEP_MILLIS = 120_000;

    private record Spoken(String normalisedText, long fromMillis, long toMillis) {
    }

    private final long marginMillis;
    private final Deque<Spoken> spoken = new ArrayDeque<>();

    public EchoGuard() {
        this(DEFAULT_MARGIN_MILLIS);
    }

    public EchoGuard(long marginMillis) {
        this.marginMillis = marginMillis;
    }

    /** Records a cue; earcons say no words and are skipped. */
    public void onCue(Cue cue) {
        if (cue.isSpeech()) {
            speaking(cue.text(), cue.atMillis(), cue.endMillis());
        }
    }

    /** The app says {@code text} from {@code startMillis} to {@code endMillis}. */
    public synchronized void speaking(String text, long startMillis, long endMillis) {
        spoken.addLast(new Spoken(normalise(text), startMillis - marginMillis, endMillis + marginMillis));
        long oldest = endMillis - KEEP_MILLIS;
        while (!spoken.isEmpty() && spoken.peekFirst().toMillis() < oldest) {
            spoken.removeFirst();
        }
    }

    /**
     * True when {@code phrase}, heard between the two times, is part of what the app was saying then.
     * {@code command} is the phrase's command, or null for a word that is no command.
     */
    public synchronized boolean ignores(Command command, String phrase, long fromMillis, long toMillis) {
        if (command == Command.STOP) {
            return false;
        }
        String needle = normalise(phrase);
        for (Spoken s : spoken) {
            if (s.fromMillis() <= toMillis && fromMillis <= s.toMillis() && s.normalisedText().contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case words separated by single spaces, with a space at each end, no punctuation. */
    static String normalise(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
        return " " + words + " ";
    }
}
