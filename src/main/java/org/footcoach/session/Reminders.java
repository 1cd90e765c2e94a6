package org.footcoach.session;

import java.util.List;
import java.util.Optional;
import org.footcoach.content.Exercise;

/**
 * Hands out an exercise's reminders in turn (key {@code exercise.<id>.reminder.<n>}): during reps after every
 * {@value #EVERY_COUNTS}th count when there is room, during timed work midway between minute-clock cues, and
 * before each hold. Each side and each set starts again from the first, so reminders that follow the steps in
 * order (forward and back, then side to side, then circles) are heard in that order on every foot.
 */
final class Reminders {
    static final int EVERY_COUNTS = 4;
    /** No reminder this close to the end of timed work, so "time is up" comes after a quiet stretch. */
    static final int TIMED_END_QUIET_SECONDS = 10;
    static final Reminders NONE = new Reminders(null);

    private final Exercise exercise;
    private int next;

    /** A new sequence for one run of work (one side, one set), beginning with the first reminder. */
    Reminders(Exercise exercise) {
        this.exercise = exercise;
    }

    Optional<PlanStep.Say> next(Place place) {
        if (exercise == null || exercise.reminders().isEmpty()) {
            return Optional.empty();
        }
        List<String> all = exercise.reminders();
        int n = next++ % all.size();
        return Optional.of(new PlanStep.Say(place, "exercise." + exercise.id() + ".reminder." + (n + 1), all.get(n)));
    }
}
