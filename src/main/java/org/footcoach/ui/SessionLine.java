package org.footcoach.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalInt;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;

/**
 * One past session as the History screen lists it, in words: when ("Mon 7 Dec, 9:15"), the routine, how much was
 * done ("11 of 11 exercises", "Stopped after 4 of 11") and the two answers ("3 of 10", "not answered"). Swing-free.
 */
record SessionLine(String when, String routine, String done, String effort, String pain) {

    static SessionLine of(PastSession session, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(UiText.get("history.when"), Locale.ENGLISH);
        long full = session.exercises().stream().filter(SessionLine::doneInFull).count();
        int all = session.exercises().size();
        String done = UiText.get(session.ending() == Ending.FINISHED ? "history.finished"
                : session.ending() == Ending.IN_PROGRESS ? "history.going" : "history.stoppedAfter", full, all);
        return new SessionLine(when.format(session.started().atZone(zone)), session.routineName(), done,
                answer(session.effort()), answer(session.pain()));
    }

    private static boolean doneInFull(ExerciseDone exercise) {
        return !exercise.skipped() && exercise.setsDone() >= exercise.setsPlanned();
    }

    private static String answer(OptionalInt given) {
        return given.isPresent() ? UiText.get("history.answer", given.getAsInt()) : UiText.get("history.notAnswered");
    }
}
