package org.footcoach.speech;

import org.footcoach.session.Earcon;
import org.footcoach.session.SpeechLength;
import org.footcoach.session.WordRateLength;

/**
 * Speech lengths for a live session's thread, which never waits for a voice: a voice program that hangs would hold
 * every command there, "stop" too. A phrase that is ready gives its real length; one that is not gives a word-rate
 * estimate and is rendered soon in the background. {@link LiveSpeaker} plays a phrase only when it is ready and fits
 * the time the session gave it, so its sound never runs into the next cue. The estimate follows the voice's speed, so a
 * slower voice's phrase, once ready, more often fits the time it was given.
 */
final class ReadyLengths implements SpeechLength {
    private static final SpeechLength ESTIMATE = WordRateLength.typical();

    private final PhraseCache cache;

    ReadyLengths(PhraseCache cache) {
        this.cache = cache;
    }

    @Override
    public long sayMillis(String phraseKey, String text) {
        return cache.ready(phraseKey, text).map(Pcm::millis)
                .orElseGet(() -> Math.round(ESTIMATE.sayMillis(phraseKey, text) / cache.voice().speed()));
    }

    @Override
    public long earconMillis(Earcon earcon) {
        return cache.earconMillis(earcon);
    }
}
