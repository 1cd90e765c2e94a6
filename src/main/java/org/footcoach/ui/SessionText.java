package org.footcoach.ui;

import java.util.Optional;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.Work;

/** The words the session screen shows for a snapshot of the session: progress, side and round, the count, the rest. */
final class SessionText {
    private SessionText() {
    }

    /**
     * "Exercise 8 of 11 · 14 min left"; in the rest before exercise 8, "Next: exercise 8 of 11 · ..." (the rest card
     * is about what comes next); only the minutes before the first exercise.
     */
    static String progress(SessionSnapshot snapshot) {
        if (snapshot.state() == SessionState.RESTING && snapshot.nextUp().isPresent()
                && snapshot.inExercise().isPresent()) {
            return UiText.get("session.progressNext", snapshot.inExercise().get().index() + 2,
                    snapshot.exerciseCount(), snapshot.minutesLeft());
        }
        return snapshot.inExercise()
                .map(in -> UiText.get("session.progress", in.index() + 1, snapshot.exerciseCount(),
                        snapshot.minutesLeft()))
                .orElseGet(() -> UiText.get("session.progressOutside", snapshot.minutesLeft()));
    }

    /** "Paused", or the side and the round; a single space when there is neither. */
    static String status(SessionSnapshot snapshot) {
        if (snapshot.state() == SessionState.PAUSED) {
            return UiText.get("session.paused");
        }
        String line = snapshot.inExercise().map(SessionText::sideAndSet).orElse("");
        // A label with no text would collapse and make the layout jump.
        return line.isEmpty() ? " " : line;
    }

    private static String sideAndSet(SessionSnapshot.InExercise in) {
        StringBuilder line = new StringBuilder();
        if (in.sides() == 2 && in.side() > 0) {
            line.append(UiText.get("session.side", in.side()));
        }
        if (in.sets() > 1 && in.set() > 0) {
            if (line.length() > 0) {
                line.append(UiText.get("session.separator"));
            }
            line.append(UiText.get("session.set", in.set(), in.sets()));
        }
        return line.toString();
    }

    /** The count; in timed work (no count) the time left, minutes and seconds, moving every second; else empty. */
    static String ring(SessionSnapshot snapshot) {
        if (snapshot.count().isPresent()) {
            return Integer.toString(snapshot.count().getAsInt());
        }
        if (snapshot.work().equals(Optional.of(Work.TIMED)) && snapshot.countTotal() > 0) {
            int secondsLeft = (int) Math.ceil(snapshot.countTotal() * (1 - snapshot.progress()) - 1e-6);
            return UiText.get("session.timeLeft", secondsLeft / 60, secondsLeft % 60);
        }
        return "";
    }

    /** "of 10" under a rep's number, so the person knows how far along the set is; else empty. */
    static String countOf(SessionSnapshot snapshot) {
        return snapshot.work().equals(Optional.of(Work.REPS)) && snapshot.count().isPresent()
                ? UiText.get("session.countOf", snapshot.countTotal()) : "";
    }

    /** A hold or timed work is in progress (or paused in): its ring shows. */
    static boolean ringShown(SessionSnapshot snapshot) {
        return snapshot.work().filter(work -> work == Work.HOLD || work == Work.TIMED).isPresent();
    }

    /** "Starts in 12 seconds" while a rest's silence runs; a single space while its words are said. */
    static String restLeft(SessionSnapshot snapshot) {
        return snapshot.restSecondsLeft() > 0 ? UiText.get("rest.secondsLeft", snapshot.restSecondsLeft()) : " ";
    }
}
