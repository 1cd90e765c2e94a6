package org.footcoach.session;

import java.util.List;
import org.footcoach.content.Routine;

/** What a session says and counts, in order. Built by {@link PlanBuilder}; led by {@link SessionEngine}. */
public record Plan(Routine routine, List<PlannedExercise> exercises, List<PlanStep> steps) {
    public Plan {
        exercises = List.copyOf(exercises);
        steps = List.copyOf(steps);
    }

    public int exerciseCount() {
        return exercises.size();
    }

    /** Index of the first step of exercise {@code index} (its get-ready or sit-down prompt if it has one). */
    public int startOf(int index) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).place().exercise() == index) {
                return i;
            }
        }
        throw new IllegalArgumentException("The plan has no exercise number " + index + ".");
    }

    /** Index of the first step of the closing words. */
    public int startOfEnd() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).place().phase() == Phase.END) {
                return i;
            }
        }
        throw new IllegalStateException("The plan has no end.");
    }
}
