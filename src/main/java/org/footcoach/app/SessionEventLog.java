package org.footcoach.app;

import org.footcoach.content.Exercise;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSummary;
import org.footcoach.store.EventLog;

/**
 * Writes what a session does to the event log: start, exercises, cues, holds and the summary. Its commands are
 * logged where every command is, by the {@link CommandRouter}.
 */
final class SessionEventLog implements SessionListener {
    private final EventLog log;

    SessionEventLog(EventLog log) {
        this.log = log;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        log.sessionStarted(plan.routine().id(), plan.exercises().get(0).exercise().id(), plan.exerciseCount());
    }

    @Override
    public void exerciseStarted(int index, int count, Exercise exercise, int side) {
        log.exerciseStarted(exercise.id(), index + 1, count, side);
    }

    @Override
    public void cue(Cue cue) {
        log.cue(cue);
    }

    @Override
    public void holdEnded(Exercise exercise, int side, int set, int secondsHeld, boolean endedEarly) {
        log.holdEnded(exercise.id(), side, set, secondsHeld, endedEarly);
    }

    @Override
    public void sessionEnded(SessionSummary summary) {
        log.sessionEnded(summary);
    }
}
