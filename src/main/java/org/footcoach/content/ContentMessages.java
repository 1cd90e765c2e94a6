package org.footcoach.content;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the content package, from {@code messages.properties}. */
final class ContentMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.footcoach.content.messages", Locale.ROOT);

    private ContentMessages() {
    }

    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
