package org.footcoach.app;

import org.footcoach.speech.Pcm;
import org.footcoach.speech.Voice;

/** A voice for long tests: quiet, and as long as a person's voice would be, {@link #MILLIS_PER_WORD} a word. */
final class WordTimedVoice implements Voice {
    static final int MILLIS_PER_WORD = 400;

    @Override
    public String name() {
        return "word-timed";
    }

    @Override
    public Pcm render(String text) {
        int words = text.isBlank() ? 1 : text.trim().split("\\s+").length;
        return Pcm.silence(words * MILLIS_PER_WORD * Pcm.SAMPLES_PER_MILLI);
    }
}
