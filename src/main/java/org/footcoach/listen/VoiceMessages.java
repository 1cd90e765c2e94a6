package org.footcoach.listen;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.footcoach.listen.recognise.HeardCommand;

/** The user-visible lines of voice input, from {@code commands.properties}. */
public final class VoiceMessages {

    private final ResourceBundle bundle;

    public VoiceMessages() {
        this(Locale.getDefault());
    }

    public VoiceMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.footcoach.listen.commands", locale);
    }

    /** "Heard: pause". */
    public String heard(HeardCommand heard) {
        return format("heard", heard.phrase());
    }

    public String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }
}
