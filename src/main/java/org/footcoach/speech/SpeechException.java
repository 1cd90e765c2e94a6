package org.footcoach.speech;

/** A voice, a clip or the audio device failed; the message says which and why in one sentence. */
public class SpeechException extends RuntimeException {
    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
