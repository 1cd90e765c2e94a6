package org.footcoach.speech;

/** Told once when sound cannot be played, so the app can go on with captions and log {@code audio-unavailable}. */
@FunctionalInterface
public interface AudioUnavailableListener {
    /** @param reason one plain sentence, e.g. "No sound device was found." */
    void audioUnavailable(String reason);
}
