package org.footcoach.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.footcoach.content.Problems.msg;

/**
 * The plain-language rules for every sentence the app says or shows: short sentences, and for standing work
 * never a word that asks the person to let go of the support, and a step that tells them to hold it. Seated
 * steps never tell the person to sit on a chair: the session says that itself before seated work, so a step
 * saying it again would be heard twice in a row.
 */
final class SentenceCheck {
    /** About 12 words is the aim; 14 leaves room for a number or a short name. */
    static final int MAX_WORDS = 14;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final boolean standing;
    private final Problems problems;
    private final List<String> letGoPhrases;
    private final List<String> supportWords;
    private final List<String> sitPhrases;

    SentenceCheck(boolean standing, Problems problems) {
        this.standing = standing;
        this.problems = problems;
        this.letGoPhrases = list("rule.letGo.phrases");
        this.supportWords = list("rule.holdSupport.words");
        this.sitPhrases = list("rule.sitPrompt.phrases");
    }

    private static List<String> list(String key) {
        return Arrays.stream(msg(key).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Counts the words of each sentence in the text. */
    static int longestSentence(String text) {
        int longest = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            String words = sentence.strip();
            if (!words.isEmpty()) {
                longest = Math.max(longest, SPACES.split(words).length);
            }
        }
        return longest;
    }

    void checkAll(String path, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            check(JsonPaths.index(path, i), texts.get(i));
        }
    }

    void check(String path, String text) {
        if (text == null) {
            return;
        }
        int words = longestSentence(text);
        if (words > MAX_WORDS) {
            problems.add(path, msg("rule.longSentence", words), msg("rule.longSentence.allowed", MAX_WORDS));
        }
        if (standing) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String phrase : letGoPhrases) {
                if (lower.contains(phrase)) {
                    problems.add(path, msg("rule.letGo", phrase), msg("rule.letGo.allowed"));
                }
            }
        }
    }

    /** A standing exercise needs a step that tells the person to hold the counter or a table. */
    void mentionsSupport(String path, List<String> steps) {
        boolean mentioned = steps.stream().filter(s -> s != null).map(s -> s.toLowerCase(Locale.ROOT))
                .anyMatch(s -> supportWords.stream().anyMatch(s::contains));
        if (!mentioned) {
            problems.add(path, msg("rule.holdSupport"), msg("rule.holdSupport.allowed"));
        }
    }

    /** Seated steps start from sitting: the first phrase found that asks the person to sit is reported. */
    void startsFromSitting(String path, List<String> steps) {
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            if (step == null) {
                continue;
            }
            String lower = step.toLowerCase(Locale.ROOT);
            String at = JsonPaths.index(path, i);
            sitPhrases.stream().filter(lower::contains).findFirst().ifPresent(phrase ->
                    problems.add(at, msg("rule.sitPrompt", phrase), msg("rule.sitPrompt.allowed")));
        }
    }
}
