package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;

/** What has been done so far, per exercise and for the session; turns into a {@link SessionSummary}. */
final class SessionRecord {
    private final LivePlan plan;
    private long startedAt;
    private boolean stopped;
    private boolean ended;
    private final boolean[] reached;
    private final boolean[] skipped;
    private final int[] endedEarly;
    private final int[] setsDone;
    private final int[] reps;
    private final int[] held;
    private final int[] timed;

    SessionRecord(LivePlan plan) {
        this.plan = plan;
        int n = plan.exerciseCount();
        reached = new boolean[n];
        skipped = new boolean[n];
        endedEarly = new int[n];
        setsDone = new int[n];
        reps = new int[n];
        held = new int[n];
        timed = new int[n];
    }

    void started(long at) {
        startedAt = at;
    }

    /** STOP: the summary says the session was stopped early. */
    void stopped() {
        stopped = true;
    }

    /** The summary, the first time the session ends; null when it has ended already. */
    SessionSummary end(long at) {
        if (ended) {
            return null;
        }
        ended = true;
        return summary(stopped, startedAt, at);
    }

    void reached(int exercise) {
        reached[exercise] = true;
    }

    void rep(int exercise) {
        reps[exercise]++;
    }

    void setDone(int exercise, Work work, int amount, boolean early) {
        setsDone[exercise]++;
        endedEarly[exercise] += early ? 1 : 0;
        if (work == Work.HOLD) {
            held[exercise] += amount;
        } else if (work == Work.TIMED) {
            timed[exercise] += amount;
        }
    }

    /** Left with NEXT; counts as skipped only if not all sets were done. */
    void left(int exercise) {
        if (setsDone[exercise] < plan.exercises().get(exercise).setsInAll()) {
            skipped[exercise] = true;
        }
    }

    /** What is done so far, as if the session ended now. */
    SessionSummary soFar(long at) {
        return summary(stopped, startedAt, at);
    }

    SessionSummary summary(boolean stoppedEarly, long startedAt, long endedAt) {
        List<ExerciseResult> results = new ArrayList<>();
        for (PlannedExercise p : plan.exercises()) {
            int i = p.index();
            results.add(new ExerciseResult(p.exercise().id(), p.exercise().name(), p.exercise().kind(),
                    p.setsInAll(), setsDone[i], reps[i], held[i], timed[i], endedEarly[i], skipped[i], reached[i]));
        }
        return new SessionSummary(plan.routine().id(), plan.routine().name(), stoppedEarly, startedAt, endedAt,
                results);
    }
}
