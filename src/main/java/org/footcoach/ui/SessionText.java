package org.footcoach.ui;

import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;

/** The words the session screen shows for a snapshot of the session: progress, side and round, the count. */
final class SessionText {
    private SessionText() {
    }

    /** "Exercise 8 of 11 · 14 min left", or only the minutes before the first exercise. */
    static String progress(SessionSnapshot snapshot) {
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

    /** The count; in timed work (no count) the whole minutes left, like the spoken minute clock; else empty. */
    static String ring(SessionSnapshot snapshot) {
        if (snapshot.count().isPresent()) {
            return Integer.toString(snapshot.count().getAsInt());
        }
        boolean timed = snapshot.state() == SessionState.TIMING
                || snapshot.state() == SessionState.PAUSED && snapshot.progress() > 0;
        if (timed && snapshot.countTotal() > 0) {
            double secondsLeft = snapshot.countTotal() * (1 - snapshot.progress());
            return UiText.get("session.minutesLeft", Math.max(1, (int) Math.ceil(secondsLeft / 60)));
        }
        return "";
    }
}
