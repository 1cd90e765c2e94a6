package org.footcoach.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.footcoach.session.Preferences;

/**
 * The preferences as Settings changes them: each change is made to the preferences as they are saved now (a screen
 * opened from Settings, such as Learn keys, may have saved others meanwhile) and saved at once. Use on the EDT.
 */
final class PreferencesEditor {
    private final Supplier<Preferences> saved;
    private final Consumer<Preferences> save;

    PreferencesEditor(Supplier<Preferences> saved, Consumer<Preferences> save) {
        this.saved = saved;
        this.save = save;
    }

    Preferences now() {
        return saved.get();
    }

    void change(UnaryOperator<Preferences> change) {
        Preferences now = saved.get();
        Preferences next = change.apply(now);
        if (!next.equals(now)) {
            save.accept(next);
        }
    }
}
