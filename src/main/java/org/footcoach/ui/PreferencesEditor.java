package org.footcoach.ui;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.footcoach.session.Preferences;

/** The preferences as Settings changes them: each change is saved at once. Use on the EDT. */
final class PreferencesEditor {
    private final Consumer<Preferences> save;
    private Preferences now;

    PreferencesEditor(Preferences now, Consumer<Preferences> save) {
        this.now = now;
        this.save = save;
    }

    Preferences now() {
        return now;
    }

    void change(UnaryOperator<Preferences> change) {
        Preferences next = change.apply(now);
        if (!next.equals(now)) {
            now = next;
            save.accept(next);
        }
    }
}
