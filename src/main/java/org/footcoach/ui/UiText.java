package org.footcoach.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The visible text of the screens, from screens.properties beside this class. */
final class UiText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.footcoach.ui.screens");

    private UiText() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
