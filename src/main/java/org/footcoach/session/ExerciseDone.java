package org.footcoach.session;

import org.footcoach.content.Kind;

/**
 * One exercise of a past session: what was planned and what was done.
 *
 * @param setsPlanned     sets times sides (for a hold exercise, the holds)
 * @param repsPlanned     reps of all sets; 0 for holds and timed work
 * @param holdSeconds     seconds of each hold planned; 0 for reps and timed work
 * @param setsEndedEarly  sets (holds, timed blocks) ended early with DONE
 */
public record ExerciseDone(String id, String name, Kind kind, int setsPlanned, int setsDone, int repsPlanned,
                           int repsDone, int holdSeconds, int heldSeconds, int setsEndedEarly, boolean skipped,
                           boolean reached) {

    /** Nothing done yet of {@code planned}. */
    public static ExerciseDone planned(PlannedExercise planned) {
        return from(planned, new ExerciseResult(planned.exercise().id(), planned.exercise().name(),
                planned.exercise().kind(), planned.setsInAll(), 0, 0, 0, 0, 0, false, false));
    }

    public static ExerciseDone from(PlannedExercise planned, ExerciseResult result) {
        Kind kind = planned.exercise().kind();
        return new ExerciseDone(result.exerciseId(), result.name(), kind, result.setsPlanned(), result.setsDone(),
                kind == Kind.REPS ? planned.reps() * planned.setsInAll() : 0, result.repsDone(),
                kind == Kind.HOLD ? planned.holdSeconds() : 0, result.heldSeconds(), result.setsEndedEarly(),
                result.skipped(), result.reached());
    }
}
