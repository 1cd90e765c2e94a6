package org.footcoach.session;

/**
 * Tells the engine how long something takes to play before it is scheduled, so no cue overlaps the one before.
 * The speech package answers from rendered PCM; tests may answer from a fixed rule.
 */
public interface SpeechLength {
    /** Length of the spoken text. {@code phraseKey} names a fixed phrase (may have a recorded clip), or is null. */
    long sayMillis(String phraseKey, String text);

    long earconMillis(Earcon earcon);
}
