package org.footcoach.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.footcoach.session.Action;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;

/** The visible text of the screens, from screens.properties beside this class, and the table of actions. */
final class UiText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.footcoach.ui.screens");
    private static final ActionTable ACTIONS = ActionTable.load();

    private UiText() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    /** The text of {@code key}, or {@code otherwise} when there is none (a name the bundle does not know). */
    static String getOr(String key, String otherwise) {
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : otherwise;
    }

    /** The table of actions (immutable, shared). */
    static ActionTable actions() {
        return ACTIONS;
    }

    static Action action(Command command) {
        return ACTIONS.action(command);
    }
}
