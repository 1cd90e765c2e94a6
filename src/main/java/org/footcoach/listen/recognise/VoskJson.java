package org.footcoach.listen.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the few fixed shapes of JSON that Vosk returns (results with words, partial results). */
final class VoskJson {

    private static final Pattern WORD_OBJECT = Pattern.compile("\\{[^{}]*\"word\"[^{}]*}");
    private static final Pattern PARTIAL = Pattern.compile("\"partial\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private VoskJson() {
    }

    /** The words of a final result (needs {@code setWords(true)}); empty when nothing was heard. */
    static List<RecognisedWord> words(String json) {
        List<RecognisedWord> out = new ArrayList<>();
        Matcher m = WORD_OBJECT.matcher(json);
        while (m.find()) {
            String object = m.group();
            out.add(new RecognisedWord(string(object, "word"), number(object, "start"), number(object, "end"),
                    number(object, "conf")));
        }
        return out;
    }

    /** The words of a partial result, without times or confidences. */
    static List<String> partialWords(String json) {
        Matcher m = PARTIAL.matcher(json);
        return m.find() ? CommandGrammar.words(m.group(1)) : List.of();
    }

    static String text(String json) {
        Matcher m = TEXT.matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static String string(String object, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(object);
        if (!m.find()) {
            throw new IllegalArgumentException("Vosk result word has no \"" + key + "\": " + object);
        }
        return m.group(1);
    }

    private static double number(String object, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(object);
        if (!m.find()) {
            throw new IllegalArgumentException("Vosk result word has no \"" + key + "\": " + object);
        }
        return Double.parseDouble(m.group(1));
    }
}
