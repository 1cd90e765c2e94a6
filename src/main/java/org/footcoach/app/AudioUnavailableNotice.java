package org.footcoach.app;

import java.util.function.Consumer;
import org.footcoach.speech.AudioUnavailableListener;
import org.footcoach.store.EventLog;

/**
 * When sound cannot be played: logs {@code audio-unavailable} once and brings the sentence to the screen, whether the
 * screen is there before or after the sound output gives up.
 */
final class AudioUnavailableNotice implements AudioUnavailableListener {
    private final EventLog log;
    private String reason;
    private Consumer<String> banner;

    AudioUnavailableNotice(EventLog log) {
        this.log = log;
    }

    @Override
    public void audioUnavailable(String sentence) {
        Consumer<String> show;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = sentence;
            show = banner;
        }
        log.audioUnavailable(sentence);
        if (show != null) {
            show.accept(sentence);
        }
    }

    /** Shows the sentence with {@code banner} now if sound is already off, else when it goes off. Any thread. */
    void showOn(Consumer<String> banner) {
        String sentence;
        synchronized (this) {
            this.banner = banner;
            sentence = reason;
        }
        if (sentence != null) {
            banner.accept(sentence);
        }
    }
}
