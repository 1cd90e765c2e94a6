package org.footcoach.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.footcoach.session.Phrases;

/**
 * The phrases a person can record in their own voice: every fixed phrase of the session bundle, the count words
 * "One" to "Sixty" among them, with the words as they are said. Phrases whose words change ({@code {0}}: numbers
 * above sixty, the minutes of a long clock, the lists of equipment) are always said by the voice and are left out.
 * They come about in the order a session says them, numbered ones by their number.
 */
final class RecordablePhrases {
    /** The groups of keys in the order a session reaches them; any other group follows, by name. */
    private static final List<String> SESSION_ORDER = List.of("session", "stop-rules", "intro", "get-ready",
            "sit-down", "side", "set", "work", "hold", "count", "timed", "clock", "rest", "pause", "resume", "help",
            "end", "question");

    /** One phrase: its key (the file name of its recording) and its words. */
    record Phrase(String key, String text) {
    }

    private RecordablePhrases() {
    }

    static List<Phrase> of(Phrases phrases) {
        List<Phrase> list = new ArrayList<>();
        for (String key : phrases.keys()) {
            String text = phrases.text(key);
            if (!text.contains("{")) {
                list.add(new Phrase(key, text));
            }
        }
        list.sort(Comparator.comparing((Phrase p) -> group(p.key())).thenComparing(Phrase::key,
                RecordablePhrases::naturalOrder));
        return List.copyOf(list);
    }

    private static int group(String key) {
        int at = SESSION_ORDER.indexOf(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        return at < 0 ? SESSION_ORDER.size() : at;
    }

    /**
     * "count.2" before "count.10": parts that are numbers compare as numbers, after words ("stop-rules.intro" before
     * "stop-rules.1", as it is said).
     */
    private static int naturalOrder(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean leftNumber = left[i].matches("\\d+");
            boolean rightNumber = right[i].matches("\\d+");
            int order = leftNumber && rightNumber
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : leftNumber != rightNumber ? Boolean.compare(leftNumber, rightNumber)
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
