package org.footcoach.app;

import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.session.SessionState;

/**
 * What the person knows of a live session at one moment, for a step's trigger: the state, the count, where in the
 * routine, and when the app last made a sound and the person last spoke.
 *
 * @param exercise       0-based place of the exercise in the routine; -1 in the intro and the closing words
 * @param speakingUntil  end of the sentence the app is saying now; 0 when it says nothing
 * @param lastPhraseKey  the phrase key of the last sentence the app began, empty for free text
 */
record LiveMoment(long now, SessionState state, OptionalInt count, int exercise, long sessionStart, long lastCueEnd,
                  long speakingUntil, Optional<String> lastPhraseKey, long lastSaidEnd) {

    boolean is(SessionState wanted) {
        return state == wanted;
    }

    boolean countAtLeast(int n) {
        return count.orElse(0) >= n;
    }

    /** The app has made no sound for {@code millis}. */
    boolean silentFor(long millis) {
        return now >= lastCueEnd + millis && speakingUntil == 0;
    }

    /** The app is saying a sentence that goes on for at least {@code millis} more. */
    boolean speakingFor(long millis) {
        return speakingUntil >= now + millis;
    }

    /** The person's last word ended {@code millis} ago or more. */
    boolean sinceSaid(long millis) {
        return now >= lastSaidEnd + millis;
    }

    boolean sinceStart(long millis) {
        return now >= sessionStart + millis;
    }
}
