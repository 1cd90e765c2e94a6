package org.footcoach.session;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the session package that a person may see, from {@code messages.properties}. */
final class SessionMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.footcoach.session.messages", Locale.ROOT);

    private SessionMessages() {
    }

    static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
