package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;

/** What has been done so far, per exercise; turns into a {@link SessionSummary}. */
final class SessionRecord {
    private final Plan plan;
    private final boolean[] reached;
    private final boolean[] skipped;
    private final boolean[] endedEarly;
    private final int[] setsDone;
    private final int[] reps;
    private final int[] held;
    private final int[] timed;

    SessionRecord(Plan plan) {
        this.plan = plan;
        int n = plan.exerciseCount();
        reached = new boolean[n];
        skipped = new boolean[n];
        endedEarly = new boolean[n];
        setsDone = new int[n];
        reps = new int[n];
        held = new int[n];
        timed = new int[n];
    }

    void reached(int exercise) {
        reached[exercise] = true;
    }

    void rep(int exercise) {
        reps[exercise]++;
    }

    void setDone(int exercise, Work work, int amount, boolean early) {
        setsDone[exercise]++;
        endedEarly[exercise] |= early;
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
