package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.content.Routine;

/**
 * The plan a running session follows, which Settings may change from the next exercise on (new doses) while the
 * steps already taken and the one in progress stay as they were, so the engine's place in the steps stays right.
 * Used on the engine's thread only.
 */
final class LivePlan {
    private Plan current;

    LivePlan(Plan first) {
        this.current = first;
    }

    Plan current() {
        return current;
    }

    /**
     * From exercise {@code from} on, {@code next}'s exercises and steps; before it, those followed so far. {@code next}
     * must be made for the same routine and exercises (other doses change only the steps of each exercise).
     */
    void changeFrom(int from, Plan next) {
        if (!next.routine().id().equals(current.routine().id()) || next.exerciseCount() != current.exerciseCount()) {
            throw new IllegalArgumentException("A plan can only be changed for the same routine and exercises.");
        }
        if (from >= current.exerciseCount()) {
            return;
        }
        List<PlannedExercise> exercises = new ArrayList<>(current.exercises().subList(0, from));
        exercises.addAll(next.exercises().subList(from, next.exerciseCount()));
        List<PlanStep> steps = new ArrayList<>(current.steps().subList(0, current.startOf(from)));
        steps.addAll(next.steps().subList(next.startOf(from), next.steps().size()));
        current = new Plan(current.routine(), exercises, steps);
    }

    Routine routine() {
        return current.routine();
    }

    List<PlannedExercise> exercises() {
        return current.exercises();
    }

    List<PlanStep> steps() {
        return current.steps();
    }

    int exerciseCount() {
        return current.exerciseCount();
    }

    int startOf(int index) {
        return current.startOf(index);
    }

    int firstOf(int exercise, Phase phase) {
        return current.firstOf(exercise, phase);
    }

    int setStart(Place place) {
        return current.setStart(place);
    }

    int nextWorkFrom(int from, int exercise) {
        return current.nextWorkFrom(from, exercise);
    }

    int afterStopRules() {
        return current.afterStopRules();
    }

    int startOfEnd() {
        return current.startOfEnd();
    }
}
