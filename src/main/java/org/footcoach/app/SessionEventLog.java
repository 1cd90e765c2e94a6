package org.footcoach.app;

import org.footcoach.content.Exercise;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSummary;
import org.footcoach.store.EventLog;

/** Writes what a session does to the event log: start, exercises, cues, commands, holds and the summary. */
final class SessionEventLog implements SessionListener {
    private final EventLog log;

    SessionEventLog(EventLog log) {
        this.log = log;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        log.sessionStarted(plan.routine().id());
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
    public void command(Command command, CommandSource source, boolean acted) {
        log.command(command, source, acted);
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
