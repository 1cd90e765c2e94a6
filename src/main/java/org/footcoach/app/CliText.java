package org.footcoach.app;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Command-line text, from cli.properties beside this class (picocli reads the same bundle for --help). */
final class CliText {
    static final String BUNDLE_NAME = "org.footcoach.app.cli";
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BUNDLE_NAME);

    private CliText() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
