package org.footcoach.session;

import java.util.List;
import java.util.Optional;
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

    /** Whether any exercise is done standing: the stop rules about standing are said and shown only then. */
    public boolean hasStandingWork() {
        return exercises.stream().anyMatch(planned -> planned.exercise().standing());
    }

    /** The sentence listing everything the routine needs, said after the stop rules; empty when it needs nothing. */
    public Optional<String> equipmentSentence() {
        int at = afterStopRules();
        return steps.get(at).place().phase() == Phase.INTRO ? Optional.of(steps.get(at).text()) : Optional.empty();
    }

    /**
     * Where skipping the stop rules lands: the sentence listing the routine's equipment, or the first exercise when
     * the routine needs none.
     */
    int afterStopRules() {
        String key = PlanBuilder.equipmentKey(routine);
        for (int i = 0; i < steps.size() && steps.get(i).place().phase() == Phase.INTRO; i++) {
            if (key.equals(steps.get(i).phraseKey())) {
                return i;
            }
        }
        return startOf(0);
    }

    /** Index of the first step of exercise {@code exercise} in {@code phase}. */
    int firstOf(int exercise, Phase phase) {
        for (int i = 0; i < steps.size(); i++) {
            Place p = steps.get(i).place();
            if (p.exercise() == exercise && p.phase() == phase) {
                return i;
            }
        }
        throw new IllegalArgumentException("Exercise " + exercise + " has no " + phase + " steps.");
    }

    /** Index of the first work step (side and set announcements) of the set at {@code place}. */
    int setStart(Place place) {
        for (int i = 0; i < steps.size(); i++) {
            Place p = steps.get(i).place();
            if (p.phase() == Phase.WORK && p.exercise() == place.exercise() && p.side() == place.side()
                    && p.set() == place.set()) {
                return i;
            }
        }
        throw new IllegalArgumentException("The plan has no set at " + place + ".");
    }

    /** Index of the next work step of {@code exercise} from {@code from} on, or {@code from} if there is none. */
    int nextWorkFrom(int from, int exercise) {
        for (int i = from; i < steps.size() && steps.get(i).place().exercise() == exercise; i++) {
            if (steps.get(i).place().phase() == Phase.WORK) {
                return i;
            }
        }
        return from;
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
