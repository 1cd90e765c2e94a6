package org.footcoach.sheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every word of the printable sheet that is not from exercises.json or the spoken phrases: sheet.properties. */
final class SheetText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.footcoach.sheet.sheet", Locale.ROOT);

    private SheetText() {
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
