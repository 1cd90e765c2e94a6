package org.footcoach.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.footcoach.content.Amount;
import org.footcoach.content.Exercise;
import org.footcoach.session.DoseChoice;
import org.footcoach.session.DoseChoices;

/**
 * The Settings rows of the doses: for each exercise, each of its figures (sets, times, hold seconds, minutes) that
 * the exercise file gives a range for. Within the range any step is free; a step beyond it asks the clinician's PIN,
 * and beyond it a figure goes no further than twice the range's top, nor below one step.
 */
final class DoseRows {
    private final PreferencesEditor editor;
    private final ClinicianGate gate;
    private final Consumer<String> told;

    /** {@code told} shows a sentence on the screen: why a dose goes no further. */
    DoseRows(PreferencesEditor editor, ClinicianGate gate, Consumer<String> told) {
        this.editor = editor;
        this.gate = gate;
        this.told = told;
    }

    List<SettingRow> of(List<Exercise> exercises) {
        List<SettingRow> rows = new ArrayList<>();
        for (Exercise exercise : exercises) {
            add(rows, exercise, Figure.REPS, exercise.dose().reps());
            add(rows, exercise, Figure.HOLD_SECONDS, exercise.dose().holdSeconds());
            add(rows, exercise, Figure.MINUTES, exercise.dose().minutes());
            add(rows, exercise, Figure.SETS, exercise.dose().sets());
        }
        return rows;
    }

    private void add(List<SettingRow> rows, Exercise exercise, Figure figure, Amount range) {
        if (range == null || range.max() <= 1 && figure == Figure.SETS) {
            return;
        }
        rows.add(SettingRow.value("dose-" + exercise.id() + "-" + figure.key, exercise.name(),
                () -> UiText.get("settings.dose." + figure.key, value(exercise, figure, range)),
                () -> step(exercise, figure, range, -figure.step),
                () -> step(exercise, figure, range, figure.step)));
    }

    private int value(Exercise exercise, Figure figure, Amount range) {
        return figure.get.apply(editor.now().doses().of(exercise.id())).orElse(range.value());
    }

    private void step(Exercise exercise, Figure figure, Amount range, int by) {
        int next = value(exercise, figure, range) + by;
        if (next < figure.step || next > 2 * range.max()) {
            return;
        }
        Runnable change = () -> editor.change(p -> p.withDoses(with(p.doses(), exercise.id(),
                figure.set.apply(p.doses().of(exercise.id()), next))));
        if (next >= range.min() && next <= range.max() || gate.open()) {
            change.run();
        } else if (gate.pinSet()) {
            gate.ask(change);
        } else {
            told.accept(UiText.get("settings.pin.none"));
        }
    }

    private static DoseChoices with(DoseChoices doses, String id, DoseChoice choice) {
        Map<String, DoseChoice> all = new HashMap<>(doses.all());
        all.put(id, choice);
        return new DoseChoices(all);
    }

    /** A figure of a dose: its key in screens.properties, its step, and how to read and set it in a choice. */
    private enum Figure {
        REPS("reps", 1, DoseChoice::reps, (c, v) -> new DoseChoice(c.sets(), OptionalInt.of(v), c.holdSeconds(),
                c.minutes())),
        HOLD_SECONDS("holdSeconds", 5, DoseChoice::holdSeconds, (c, v) -> new DoseChoice(c.sets(), c.reps(),
                OptionalInt.of(v), c.minutes())),
        MINUTES("minutes", 1, DoseChoice::minutes, (c, v) -> new DoseChoice(c.sets(), c.reps(), c.holdSeconds(),
                OptionalInt.of(v))),
        SETS("sets", 1, DoseChoice::sets, (c, v) -> new DoseChoice(OptionalInt.of(v), c.reps(), c.holdSeconds(),
                c.minutes()));

        final String key;
        final int step;
        final Function<DoseChoice, OptionalInt> get;
        final BiFunction<DoseChoice, Integer, DoseChoice> set;

        Figure(String key, int step, Function<DoseChoice, OptionalInt> get,
               BiFunction<DoseChoice, Integer, DoseChoice> set) {
            this.key = key;
            this.step = step;
            this.get = get;
            this.set = set;
        }
    }
}
