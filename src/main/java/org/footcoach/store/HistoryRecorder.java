package org.footcoach.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;
import org.footcoach.session.Plan;
import org.footcoach.session.PlannedExercise;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSummary;

/**
 * Keeps each session in the history as it goes: saved when it starts, after every set, hold or timed block, and when
 * it ends, is stopped or its window is closed; the answers at the end are added to it. A kill loses at most the set
 * in progress. One recorder serves every session of the app, one at a time.
 */
public final class HistoryRecorder implements SessionListener {
    private final HistoryStore store;
    private Plan plan;
    private PastSession current;

    public HistoryRecorder(HistoryStore store) {
        this.store = store;
    }

    @Override
    public synchronized void sessionStarted(Plan started, long atMillis) {
        plan = started;
        List<ExerciseDone> nothingYet = started.exercises().stream().map(ExerciseDone::planned).toList();
        current = new PastSession(store.newId(), store.now(), Optional.empty(), started.routine().id(),
                started.routine().name(), Ending.IN_PROGRESS, OptionalInt.empty(), OptionalInt.empty(), nothingYet);
        store.save(current);
    }

    @Override
    public synchronized void progressed(SessionSummary soFar) {
        if (current != null && current.ending() == Ending.IN_PROGRESS) {
            current = current.progressed(done(soFar), store.now());
            store.save(current);
        }
    }

    @Override
    public synchronized void sessionEnded(SessionSummary summary) {
        if (current != null && current.ending() == Ending.IN_PROGRESS) {
            current = current.endedAs(summary.stoppedEarly() ? Ending.STOPPED : Ending.FINISHED, store.now(),
                    done(summary));
            store.save(current);
        }
    }

    /** The window is closing: a session still running is saved as ended by that. */
    public synchronized void windowClosed() {
        if (current != null && current.ending() == Ending.IN_PROGRESS) {
            current = current.endedAs(Ending.WINDOW_CLOSED, store.now(), current.exercises());
            store.save(current);
        }
    }

    /** The person's answers after the last session, each 0 to 10 or empty when not answered. */
    public synchronized void answered(OptionalInt effort, OptionalInt pain) {
        if (current != null && current.ending() != Ending.IN_PROGRESS) {
            current = current.answered(effort, pain);
            store.save(current);
        }
    }

    private List<ExerciseDone> done(SessionSummary summary) {
        List<ExerciseDone> done = new ArrayList<>();
        for (PlannedExercise planned : plan.exercises()) {
            done.add(ExerciseDone.from(planned, summary.exercises().get(planned.index())));
        }
        return done;
    }
}
