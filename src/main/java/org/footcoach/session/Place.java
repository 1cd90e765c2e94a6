package org.footcoach.session;

/**
 * Where a plan step sits.
 *
 * @param exercise index into the plan's exercises, or -1 in the intro and the end
 * @param side     0 when the exercise has no sides, else 1 or 2
 * @param set      1-based set within the side, or 0 outside the work
 */
public record Place(Phase phase, int exercise, int side, int set) {
    public static Place of(Phase phase) {
        return new Place(phase, -1, 0, 0);
    }
}
