package org.footcoach.listen.echo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;

/**
 * Knows what the app is saying and when, and tells the recogniser to ignore words that are part of it, so the app
 * never obeys its own voice. A command phrase counts as part of it while the app's sentence holds the phrase (also as
 * the start of a longer word), and near the moment the sentence says words of the app's that the recogniser measured
 * as that phrase ({@link #standard()}): a person's "again" said as the next sentence begins is not the "in front" at
 * the middle of the one before.
 *
 * <p>"stop" is special: it must work while the app talks, so it is ignored only near the moment the app itself says
 * "stop" (as in "Stop if it hurts"), or a word heard as "stop", not for the whole sentence. Where in a sentence a word
 * falls is estimated from its place among the sentence's letters, which, on the exported routine, lands within about
 * 0.2 s of where the recogniser hears it. Times are on the session clock's timeline. Thread-safe: cues come from the
 * engine thread, questions from the recogniser thread.
 */
public final class EchoGuard {

    /** How far before and after a spoken cue its words still count as the app's own (room echo, buffering). */
    public static final long DEFAULT_MARGIN_MILLIS = 600;
    private static final long KEEP_MILLIS = 120_000;
    /** The stop command's word, normalised. */
    private static final String STOP = normalise("stop");

    private record Spoken(String normalisedText, long startMillis, long endMillis, List<Window> stopWords) {
        /** Whether it overlaps the time from {@code fromMillis} to {@code toMillis}, widened by {@code margin}. */
        boolean overlaps(long fromMillis, long toMillis, long margin) {
            return startMillis - margin <= toMillis && fromMillis <= endMillis + margin;
        }
    }

    private record Window(long fromMillis, long toMillis) {
        boolean overlaps(long from, long to) {
            return fromMillis <= to && from <= toMillis;
        }
    }

    private final long marginMillis;
    private final Map<String, List<String>> heardAs;
    private final Deque<Spoken> spoken = new ArrayDeque<>();

    /**
     * @param heardAs for a command phrase, phrases of the app's own speech that the recogniser hears as that phrase
     */
    public EchoGuard(long marginMillis, Map<String, List<String>> heardAs) {
        this.marginMillis = marginMillis;
        this.heardAs = new HashMap<>();
        heardAs.forEach((phrase, alikes) -> this.heardAs.put(normalise(phrase), List.copyOf(alikes)));
    }

    /** The default margin and the measured sound-alikes of {@code commands.properties} ({@code echo.*}). */
    public static EchoGuard standard() {
        return new EchoGuard(DEFAULT_MARGIN_MILLIS, CommandGrammar.ownSpeechHeardAs());
    }

    /** Records a cue; an earcon says no words, but it is a sound of the app's. */
    public void onCue(Cue cue) {
        if (cue instanceof Cue.Speech speech) {
            speaking(speech.text(), cue.atMillis(), cue.endMillis());
        } else {
            sounding(cue.atMillis(), cue.endMillis());
        }
    }

    /** The app says {@code text} from {@code startMillis} to {@code endMillis}. */
    public synchronized void speaking(String text, long startMillis, long endMillis) {
        String words = normalise(text);
        List<String> stops = new ArrayList<>(heardAs.getOrDefault(STOP, List.of()));
        stops.add(STOP);
        remember(new Spoken(words, startMillis, endMillis, windows(words, startMillis, endMillis, stops, false)));
    }

    /** The app plays a sound without words from {@code startMillis} to {@code endMillis}. */
    public synchronized void sounding(long startMillis, long endMillis) {
        remember(new Spoken("", startMillis, endMillis, List.of()));
    }

    private void remember(Spoken sound) {
        spoken.addLast(sound);
        long oldest = sound.endMillis() - KEEP_MILLIS;
        while (!spoken.isEmpty() && spoken.peekFirst().endMillis() + marginMillis < oldest) {
            spoken.removeFirst();
        }
    }

    /** True when the app spoke or played a sound between the two times (widened by the margin). */
    public synchronized boolean soundedBetween(long fromMillis, long toMillis) {
        return spoken.stream().anyMatch(s -> s.overlaps(fromMillis, toMillis, marginMillis));
    }

    /**
     * True when {@code phrase}, heard between the two times, is part of what the app was saying then: the phrase
     * itself anywhere in a sentence being said (widened by the margin), or a sound-alike of it measured for the app's
     * own speech near the moment the sentence says it. {@code command} is the phrase's command, or null for a word
     * that is no command.
     */
    public synchronized boolean ignores(Command command, String phrase, long fromMillis, long toMillis) {
        if (command == Command.STOP) {
            return saidStop(fromMillis, toMillis);
        }
        List<String> alikes = heardAs.getOrDefault(normalise(phrase), List.of());
        for (Spoken s : spoken) {
            if (s.overlaps(fromMillis, toMillis, marginMillis)
                    && (holds(s.normalisedText(), phrase)
                    || windows(s.normalisedText(), s.startMillis(), s.endMillis(), alikes, true).stream()
                            .anyMatch(w -> w.overlaps(fromMillis, toMillis)))) {
                return true;
            }
        }
        return false;
    }

    /** A phrase counts also as the start of a longer word of the app's: the recogniser hears "Kick backs" as "back". */
    private static boolean holds(String normalisedText, String phrase) {
        return normalisedText.contains(normalise(phrase).stripTrailing());
    }

    private boolean saidStop(long fromMillis, long toMillis) {
        for (Spoken s : spoken) {
            for (Window w : s.stopWords()) {
                if (w.overlaps(fromMillis, toMillis)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * When the app says one of {@code phrases} in {@code words}: the sentence's time spread evenly over its letters,
     * widened by the margin. {@code alsoStartOfWord}: a phrase may also be the start of a longer word.
     */
    private List<Window> windows(String words, long startMillis, long endMillis, List<String> phrases,
                                 boolean alsoStartOfWord) {
        double perChar = (endMillis - startMillis) / (double) Math.max(1, words.length() - 2);
        List<Window> windows = new ArrayList<>();
        for (String phrase : phrases) {
            String spaced = normalise(phrase);
            String needle = alsoStartOfWord ? spaced.stripTrailing() : spaced;
            for (int at = words.indexOf(needle); at >= 0; at = words.indexOf(needle, at + 1)) {
                // "at" is the space before the phrase, so it is also the phrase's first letter counted from 0.
                long from = startMillis + Math.round(at * perChar);
                long to = startMillis + Math.round((at + spaced.length() - 2) * perChar);
                windows.add(new Window(from - marginMillis, to + marginMillis));
            }
        }
        return windows;
    }

    /** Lower case words separated by single spaces, with a space at each end, no punctuation. */
    private static String normalise(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
        return " " + words + " ";
    }
}
