package org.footcoach.session;

import java.util.OptionalInt;

/**
 * The person's own dose for one exercise, set in Settings: each figure given replaces the exercise file's value; an
 * empty one keeps it. Checked against the file's range by {@link DoseChoices#outsideRange}.
 */
public record DoseChoice(OptionalInt sets, OptionalInt reps, OptionalInt holdSeconds, OptionalInt minutes) {
    public static final DoseChoice NONE = new DoseChoice(OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty());
}
