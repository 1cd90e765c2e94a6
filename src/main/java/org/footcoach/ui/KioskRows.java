package org.footcoach.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import org.footcoach.content.Routine;
import org.footcoach.session.KioskPreferences;

/**
 * The admin screen's own rows: how long the kiosk waits before "Are you still there?" and then for an answer, and
 * which routines visitors are offered (never none). Then Quit.
 */
final class KioskRows {
    private static final int IDLE_STEP = 15;
    private static final int IDLE_LONGEST = 600;
    private static final int WARNING_STEP = 5;
    private static final int WARNING_SHORTEST = 10;
    private static final int WARNING_LONGEST = 60;

    private final PreferencesEditor editor;
    private final Consumer<String> told;

    KioskRows(PreferencesEditor editor, Consumer<String> told) {
        this.editor = editor;
        this.told = told;
    }

    List<SettingRow> of(List<Routine> routines) {
        List<SettingRow> rows = new ArrayList<>();
        rows.add(SettingRow.value("idle-seconds", UiText.get("settings.idleSeconds"),
                () -> UiText.get("settings.seconds", kiosk().idleSeconds()),
                () -> idle(s -> s - IDLE_STEP), () -> idle(s -> s + IDLE_STEP)));
        rows.add(SettingRow.value("warning-seconds", UiText.get("settings.warningSeconds"),
                () -> UiText.get("settings.seconds", kiosk().warningSeconds()),
                () -> warning(s -> s - WARNING_STEP), () -> warning(s -> s + WARNING_STEP)));
        for (Routine routine : routines) {
            Runnable toggle = () -> toggle(routine.id(), routines.size());
            rows.add(SettingRow.value("offer-" + routine.id(), UiText.get("settings.offer", routine.name()),
                    () -> UiText.get("settings.offer." + kiosk().offers(routine.id())), toggle, toggle));
        }
        return rows;
    }

    static SettingRow quit(Runnable quit) {
        return SettingRow.action("quit", UiText.get("settings.quit"), quit);
    }

    private KioskPreferences kiosk() {
        return editor.now().kiosk();
    }

    private void idle(IntUnaryOperator step) {
        int next = Math.max(IDLE_STEP, Math.min(IDLE_LONGEST, step.applyAsInt(kiosk().idleSeconds())));
        editor.change(p -> p.withKiosk(p.kiosk().withIdleSeconds(next)));
    }

    private void warning(IntUnaryOperator step) {
        int next = Math.max(WARNING_SHORTEST, Math.min(WARNING_LONGEST, step.applyAsInt(kiosk().warningSeconds())));
        editor.change(p -> p.withKiosk(p.kiosk().withWarningSeconds(next)));
    }

    private void toggle(String routineId, int routineCount) {
        Set<String> hidden = new HashSet<>(kiosk().routinesHidden());
        if (!hidden.remove(routineId)) {
            if (hidden.size() + 1 >= routineCount) {
                told.accept(UiText.get("settings.offer.last"));
                return;
            }
            hidden.add(routineId);
        }
        editor.change(p -> p.withKiosk(p.kiosk().withRoutinesHidden(hidden)));
    }
}
