package org.footcoach.session;

import org.footcoach.content.Exercise;

/**
 * An exercise as this plan does it: figures resolved from its dose.
 *
 * @param sides        1, or 2 when the exercise is done per side
 * @param sets         sets (or holds) per side
 * @param reps         reps per set, 0 unless REPS
 * @param holdSeconds  seconds per hold, 0 unless HOLD
 * @param timedSeconds seconds per side, 0 unless TIMED
 */
public record PlannedExercise(int index, Exercise exercise, int sides, int sets, int reps, int holdSeconds,
                              int timedSeconds) {
    public int setsInAll() {
        return sides * sets;
    }
}
