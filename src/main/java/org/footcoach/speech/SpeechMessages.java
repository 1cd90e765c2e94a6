package org.footcoach.speech;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The on-screen sentences of the speech package, from {@code org/footcoach/speech/messages.properties}. */
final class SpeechMessages {
    static final String NO_DEVICE = "audio.no-device";
    static final String NO_ANSWER = "audio.no-answer";
    static final String LOST = "audio.lost";
    static final String OFF = "audio.off";
    static final String UNKNOWN_VOICE = "voice.unknown";

    private SpeechMessages() {
    }

    static String text(String key) {
        return ResourceBundle.getBundle("org.footcoach.speech.messages", Locale.ROOT).getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(text(key), Locale.ROOT).format(args);
    }
}
