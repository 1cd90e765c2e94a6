package org.footcoach.app;

import java.util.function.Predicate;
import org.footcoach.session.Command;

/**
 * One thing the person says during a live session, once its moment comes: a command ({@code command} set) or talk
 * that is not one (a decoy). An insistent step is said again, up to {@value #TRIES} times in all, while the app has
 * not acted on it within {@value #ANSWER_MILLIS} ms of the word, as a person would repeat "ready" or "stop". A step
 * whose moment has not come within {@code patienceMillis} is left out (an earlier command was not obeyed).
 */
record LiveStep(String words, Command command, Predicate<LiveMoment> when, boolean insistent, long patienceMillis) {
    static final int TRIES = 3;
    static final long ANSWER_MILLIS = 3_000;
    private static final long PATIENCE = 90_000;

    static LiveStep say(String word, Command command, Predicate<LiveMoment> when) {
        return new LiveStep(word, command, when, false, PATIENCE);
    }

    static LiveStep insist(String word, Command command, Predicate<LiveMoment> when) {
        return new LiveStep(word, command, when, true, PATIENCE);
    }

    static LiveStep decoy(String words, Predicate<LiveMoment> when) {
        return new LiveStep(words, null, when, false, PATIENCE);
    }

    boolean isDecoy() {
        return command == null;
    }
}
