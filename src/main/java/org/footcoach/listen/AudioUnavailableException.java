package org.footcoach.listen;

/** No usable audio input; the message is one sentence for a person, voice commands then stay off. */
public final class AudioUnavailableException extends Exception {
    public AudioUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
