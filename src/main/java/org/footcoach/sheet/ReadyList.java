package org.footcoach.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.footcoach.content.Exercise;
import org.footcoach.session.Plan;
import org.footcoach.session.PlannedExercise;

/**
 * What to have ready for a routine: the chair (every routine ends with the foot check, done sitting), the counter
 * when there is standing work, then each item of equipment once, in routine order.
 */
final class ReadyList {
    private ReadyList() {
    }

    static List<String> of(Plan plan) {
        List<Exercise> exercises = plan.exercises().stream().map(PlannedExercise::exercise).toList();
        List<String> ready = new ArrayList<>();
        ready.add(SheetText.get("ready.chair"));
        if (exercises.stream().anyMatch(Exercise::standing)) {
            ready.add(SheetText.get("ready.counter"));
        }
        Set<String> equipment = new LinkedHashSet<>();
        exercises.forEach(exercise -> equipment.addAll(exercise.equipment()));
        ready.addAll(equipment);
        return ready;
    }
}
