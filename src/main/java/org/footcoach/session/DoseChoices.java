package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.footcoach.content.Amount;
import org.footcoach.content.Dose;
import org.footcoach.content.Exercise;

/** The doses set in Settings, by exercise id; an exercise not named keeps its doses from the exercise file. */
public record DoseChoices(Map<String, DoseChoice> all) {
    public DoseChoices {
        all = Map.copyOf(all);
    }

    /** None set: every dose is the file's. */
    public static DoseChoices fileValues() {
        return new DoseChoices(Map.of());
    }

    public DoseChoice of(String exerciseId) {
        return all.getOrDefault(exerciseId, DoseChoice.NONE);
    }

    /**
     * The figures of {@code exercise}'s choice outside the file's range, each as its name in the file ("reps",
     * "sets", "holdSeconds", "minutes"); going beyond the range needs the clinician's PIN.
     */
    public List<String> outsideRange(Exercise exercise) {
        DoseChoice choice = of(exercise.id());
        Dose dose = exercise.dose();
        List<String> outside = new ArrayList<>();
        check("sets", choice.sets(), dose.sets(), outside);
        check("reps", choice.reps(), dose.reps(), outside);
        check("holdSeconds", choice.holdSeconds(), dose.holdSeconds(), outside);
        check("minutes", choice.minutes(), dose.minutes(), outside);
        return outside;
    }

    private static void check(String name, OptionalInt chosen, Amount range, List<String> outside) {
        if (chosen.isPresent() && range != null
                && (chosen.getAsInt() < range.min() || chosen.getAsInt() > range.max())) {
            outside.add(name);
        }
    }
}
