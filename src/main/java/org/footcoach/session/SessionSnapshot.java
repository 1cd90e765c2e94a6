package org.footcoach.session;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Exercise;

/**
 * What the screen shows at one moment.
 *
 * @param exerciseCount exercises in the plan
 * @param inExercise    where in an exercise the session is; empty in the intro and the closing words
 * @param count         the number last counted in this run, if one was
 * @param countTotal    reps, hold seconds or timed seconds of this run, 0 outside the work
 * @param progress      0 to 1 through the current hold or timed work (the ring), else 0
 * @param minutesLeft   estimate for the rest of the session, rounded up
 * @param nextUp        during the rest between exercises (its words and its silence), the exercise that comes next
 * @param work          the kind of the set being counted, held or timed (also while paused in it); empty between
 *                      sets, so nothing from the set before is shown as if it still ran
 * @param restSecondsLeft whole seconds left of a rest's silence (also while paused in it), else 0
 */
public record SessionSnapshot(long atMillis, SessionState state, Awaiting awaiting, int exerciseCount,
                              Optional<InExercise> inExercise, OptionalInt count, int countTotal, double progress,
                              int minutesLeft, double tempoFactor, Optional<Exercise> nextUp, Optional<Work> work,
                              int restSecondsLeft) {
    public SessionSnapshot {
        Objects.requireNonNull(inExercise);
        Objects.requireNonNull(count);
        Objects.requireNonNull(nextUp);
        Objects.requireNonNull(work);
    }

    /**
     * Where in an exercise the session is.
     *
     * @param index 0-based place in the plan, shown as index + 1 of the exercise count
     * @param side  0 when the exercise has no sides, else 1 or 2
     * @param sides 1, or 2 when the exercise is done per side
     * @param set   1-based set within the side, 0 outside the work
     * @param sets  sets (or holds) per side
     */
    public record InExercise(int index, Exercise exercise, int side, int sides, int set, int sets) {
    }
}
