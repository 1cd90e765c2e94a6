package org.footcoach.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.footcoach.content.Exercise;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the Settings screen, so a pedal alone can change everything: "next" and "back" move the
 * highlight down and up the rows; "go" (or "done") on a value row starts changing it, and then "next" and "back" make
 * it more and less until "go", "done" or "stop" ends the change; "go" on an action row does it. "stop" (Escape), or
 * "settings" again, goes back to the start screen. A touch on a row's less or more button changes that row at once.
 * Each change is saved as it is made. Swing-free; use on the EDT.
 */
public final class SettingsController implements ScreenController {
    private final List<SettingRow> rows;
    private final Runnable back;
    private Runnable changed = () -> { };
    private Consumer<String> told = sentence -> { };
    private int highlighted;
    private boolean changing;

    /**
     * The whole Settings page: the general rows, the actions, then each exercise's dose; every change is made to the
     * preferences {@code now} gives and given to {@code save} at once.
     *
     * @param exercises every exercise of the exercise file, in its order
     * @param back      goes back to the start screen
     */
    public static SettingsController forPreferences(List<Exercise> exercises, Supplier<Preferences> now,
                                                    Consumer<Preferences> save, SettingsChoices choices,
                                                    ClinicianGate gate, SettingsActions actions, Runnable back) {
        PreferencesEditor editor = new PreferencesEditor(now, save);
        AtomicReference<SettingsController> made = new AtomicReference<>();
        List<SettingRow> rows = new ArrayList<>(new GeneralRows(editor, choices).values());
        Consumer<String> told = sentence -> made.get().tell(sentence);
        rows.addAll(GeneralRows.actions(actions, told));
        rows.addAll(new DoseRows(editor, gate, told).of(exercises));
        SettingsController controller = new SettingsController(rows, back);
        made.set(controller);
        return controller;
    }

    /**
     * A clinic kiosk's admin screen: the kiosk's own rows first (idle times, the routines offered), then the whole
     * Settings page as the kiosk's defaults, with Quit after the actions.
     *
     * @param quit closes the app
     * @param back leaves the admin screen for the attract screen
     */
    public static SettingsController forKiosk(List<Exercise> exercises, List<Routine> routines,
                                              Supplier<Preferences> now, Consumer<Preferences> save,
                                              SettingsChoices choices, ClinicianGate gate, SettingsActions actions,
                                              Runnable quit, Runnable back) {
        PreferencesEditor editor = new PreferencesEditor(now, save);
        AtomicReference<SettingsController> made = new AtomicReference<>();
        Consumer<String> told = sentence -> made.get().tell(sentence);
        List<SettingRow> rows = new ArrayList<>(new KioskRows(editor, told).of(routines));
        rows.addAll(new GeneralRows(editor, choices).values());
        rows.addAll(GeneralRows.actions(actions, told));
        rows.add(KioskRows.quit(quit));
        rows.addAll(new DoseRows(editor, gate, told).of(exercises));
        SettingsController controller = new SettingsController(rows, back);
        made.set(controller);
        return controller;
    }

    /** {@code back} goes back to the start screen. */
    public SettingsController(List<SettingRow> rows, Runnable back) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the Settings screen needs at least one row");
        }
        this.rows = List.copyOf(rows);
        this.back = back;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        if (changing) {
            switch (command) {
                case NEXT -> rows.get(highlighted).more();
                case BACK -> rows.get(highlighted).less();
                case GO, DONE, STOP -> changing = false;
                default -> {
                    return false;
                }
            }
            changed.run();
            return true;
        }
        switch (command) {
            case NEXT -> highlighted = Math.floorMod(highlighted + 1, rows.size());
            case BACK -> highlighted = Math.floorMod(highlighted - 1, rows.size());
            case GO, DONE -> choose();
            case STOP, SETTINGS -> {
                back.run();
                return true;
            }
            default -> {
                return false;
            }
        }
        changed.run();
        return true;
    }

    /** A finger on row {@code index}'s less ({@code -1}) or more ({@code 1}) button, or on an action row (0). */
    void touch(int index, int direction) {
        highlighted = index;
        changing = false;
        SettingRow row = rows.get(index);
        if (row.isAction()) {
            row.choose();
        } else if (direction < 0) {
            row.less();
        } else {
            row.more();
        }
        changed.run();
    }

    private void choose() {
        SettingRow row = rows.get(highlighted);
        if (row.isAction()) {
            row.choose();
        } else {
            changing = true;
        }
    }

    List<SettingRow> rows() {
        return rows;
    }

    int highlighted() {
        return highlighted;
    }

    /** Whether next and back now change the highlighted row instead of moving. */
    boolean changing() {
        return changing;
    }

    /** A sentence for the screen to show under its title: where a sheet was saved, why a PIN is needed. */
    public void tell(String sentence) {
        told.accept(sentence);
    }

    void onTold(Consumer<String> listener) {
        told = listener;
    }

    /** The screen redraws the values, the highlight and the changing mark through this. */
    void onChanged(Runnable listener) {
        changed = listener;
    }
}
