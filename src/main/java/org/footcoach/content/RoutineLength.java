package org.footcoach.content;

/** STUB until the content branch lands. */
public final class RoutineLength {
    private RoutineLength() {
    }

    public static int estimateMinutes(Content content, Routine routine) {
        return routine.exercises().size() * 2;
    }
}
