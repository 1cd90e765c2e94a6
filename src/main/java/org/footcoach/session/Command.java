package org.footcoach.session;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * What a person can ask for, by voice, key or touch; each has a row in the {@link ActionTable}. ZERO to TEN answer
 * the questions at the end of a session (one row of the table for the eleven), by touch: they have no words yet.
 */
public enum Command {
    GO, PAUSE, NEXT, BACK, REPEAT, DONE, STOP, LOUDER, SOFTER, SLOWER, FASTER, HELP, HISTORY, EXPORT, SETTINGS,
    ZERO, ONE, TWO, THREE, FOUR, FIVE, SIX, SEVEN, EIGHT, NINE, TEN;

    /** The highest answer: answers run from 0 to this. */
    public static final int HIGHEST_ANSWER = TEN.ordinal() - ZERO.ordinal();

    /** The command that answers {@code value} (0 to {@link #HIGHEST_ANSWER}). */
    public static Command answer(int value) {
        if (value < 0 || value > HIGHEST_ANSWER) {
            throw new IllegalArgumentException("no answer " + value);
        }
        return values()[ZERO.ordinal() + value];
    }

    /** The number this command answers, or empty when it is not an answer. */
    public OptionalInt answer() {
        return ordinal() >= ZERO.ordinal() ? OptionalInt.of(ordinal() - ZERO.ordinal()) : OptionalInt.empty();
    }

    /**
     * Whether a session has something to do with it, so its screen has a control for it: not the answers (the
     * questions at the end) nor the start screen's History and Settings and the History screen's Export.
     */
    public boolean inSession() {
        return answer().isEmpty() && this != HISTORY && this != EXPORT && this != SETTINGS;
    }

    /** Its name in the event log and in the action table. */
    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
