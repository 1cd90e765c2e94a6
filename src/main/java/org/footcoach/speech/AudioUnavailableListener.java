package org.footcoach.speech;

/**
 * Told when sound cannot be played, so the app can go on with captions and log {@code audio-unavailable}, and when a
 * device that failed mid-session plays again.
 */
@FunctionalInterface
public interface AudioUnavailableListener {
    /** @param reason one plain sentence, e.g. "No sound device was found." */
    void audioUnavailable(String reason);

    /** Sound plays again after {@link #audioUnavailable} said it was lost. */
    default void audioBack() {
    }
}
