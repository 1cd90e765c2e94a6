package org.footcoach.ui;

import org.footcoach.content.Routine;

/**
 * A routine offered on the start screen, with its estimated length; from its exercise {@code fromExercise} on when
 * it goes on after a break ({@code goOnFrom} is then that exercise's name, else null).
 */
public record RoutineChoice(Routine routine, int minutes, int fromExercise, String goOnFrom) {

    /** The whole routine. */
    public RoutineChoice(Routine routine, int minutes) {
        this(routine, minutes, 0, null);
    }

    public boolean goesOn() {
        return goOnFrom != null;
    }
}
