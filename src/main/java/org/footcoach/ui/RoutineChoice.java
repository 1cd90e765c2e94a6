package org.footcoach.ui;

import org.footcoach.content.Routine;

/** A routine offered on the start screen, with its estimated length. */
public record RoutineChoice(Routine routine, int minutes) {
}
