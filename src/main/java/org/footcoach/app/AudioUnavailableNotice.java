package org.footcoach.app;

import java.util.function.Consumer;
import org.footcoach.speech.AudioUnavailableListener;
import org.footcoach.store.EventLog;

/**
 * When sound cannot be played: logs {@code audio-unavailable} and brings the sentence to the screen, whether the
 * screen is there before or after the sound output gives up. When a lost device plays again: logs {@code audio-back}
 * and takes the sentence off; a later loss is reported again.
 */
final class AudioUnavailableNotice implements AudioUnavailableListener {
    private final EventLog log;
    private String reason;
    private Consumer<String> banner;
    private Consumer<String> withdraw = line -> { };

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

    @Override
    public void audioBack() {
        String gone;
        Consumer<String> hide;
        synchronized (this) {
            gone = reason;
            reason = null;
            hide = banner == null ? null : withdraw;
        }
        if (gone == null) {
            return;
        }
        log.record("audio-back", EventLog.fields());
        if (hide != null) {
            hide.accept(gone);
        }
    }

    /**
     * Shows the sentence with {@code banner} now if sound is already off, else when it goes off, and takes it off
     * with {@code withdraw} when sound is back. Any thread.
     */
    void showOn(Consumer<String> banner, Consumer<String> withdraw) {
        String sentence;
        synchronized (this) {
            this.banner = banner;
            this.withdraw = withdraw;
            sentence = reason;
        }
        if (sentence != null) {
            banner.accept(sentence);
        }
    }
}
