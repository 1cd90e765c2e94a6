package org.footcoach.session;

import org.footcoach.content.Exercise;

/**
 * What the screen shows at one moment.
 *
 * @param exerciseIndex 0-based, or -1 in the intro and the end
 * @param exercise      null in the intro and the end
 * @param side          0 when the exercise has no sides, else 1 or 2
 * @param set           1-based set within the side, 0 outside the work
 * @param count         the number last counted in this run, or null
 * @param countTotal    reps, hold seconds or timed seconds of this run, 0 outside the work
 * @param progress      0 to 1 through the current hold or timed work (the ring), else 0
 * @param minutesLeft   estimate for the rest of the session, rounded up
 * @param nextUp        during the rest between exercises, the exercise that comes next; else null
 */
public record SessionSnapshot(long atMillis, SessionState state, Awaiting awaiting, int exerciseIndex,
                              int exerciseCount, Exercise exercise, int side, int sides, int set, int sets,
                              Integer count, int countTotal, double progress, int minutesLeft,
                              double tempoFactor, Exercise nextUp) {
}
