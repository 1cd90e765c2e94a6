package org.footcoach.session;

/**
 * A cheap guess of speech length from the number of words, for estimates (minutes left) that must not wait for
 * speech to be rendered. Never used to place cues.
 */
public final class WordRateLength implements SpeechLength {
    private final long millisPerWord;
    private final long earconMillis;

    public WordRateLength(long millisPerWord, long earconMillis) {
        this.millisPerWord = millisPerWord;
        this.earconMillis = earconMillis;
    }

    /** About 150 words a minute, the default voice speed. */
    public static WordRateLength typical() {
        return new WordRateLength(400, 300);
    }

    @Override
    public long sayMillis(String phraseKey, String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.isEmpty() ? 0 : millisPerWord * trimmed.split("\\s+").length;
    }

    @Override
    public long earconMillis(Earcon earcon) {
        return earconMillis;
    }
}
