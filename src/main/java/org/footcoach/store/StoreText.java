package org.footcoach.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The store's sentences for people, from {@code org/footcoach/store/messages.properties}. */
final class StoreText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.footcoach.store.messages", Locale.ROOT);

    private StoreText() {
    }

    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
