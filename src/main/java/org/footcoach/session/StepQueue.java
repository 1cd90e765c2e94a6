package org.footcoach.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What comes next: the plan from the cursor, after the asides (steps said outside the plan: pause, help, resume,
 * countdown, stop), which always go first.
 */
final class StepQueue {
    private final LivePlan plan;
    private final Deque<PlanStep> asides = new ArrayDeque<>();
    private int cursor;
    private int lastPlanSay = -1;

    StepQueue(LivePlan plan) {
        this.plan = plan;
    }

    int cursor() {
        return cursor;
    }

    boolean hasAside() {
        return !asides.isEmpty();
    }

    boolean planLeft() {
        return cursor < plan.steps().size();
    }

    /** The first aside, or the plan step at the cursor. */
    PlanStep next(boolean aside) {
        return aside ? asides.peekFirst() : plan.steps().get(cursor);
    }

    /** Passes over the plan step at the cursor without doing it. */
    void skip() {
        cursor++;
    }

    /** The step from {@link #next} is being done: takes it off the queue. */
    void took(boolean aside) {
        if (aside) {
            asides.pollFirst();
        } else {
            cursor++;
        }
    }

    /** The step just taken was said; only a plan sentence is said again after a pause cuts it off. */
    void said(boolean aside) {
        lastPlanSay = aside ? -1 : cursor - 1;
    }

    /** True when the plan sentence said last is the step just taken. */
    boolean lastTakenWasSaid() {
        return lastPlanSay == cursor - 1 && lastPlanSay >= 0;
    }

    void sayLastAgain() {
        cursor = lastPlanSay;
    }

    void jumpTo(int index) {
        cursor = index;
    }

    /**
     * Moves the cursor past the next rest when only the words announcing it come before it ("Relax a moment." between
     * sets; that and "Well done. Coming up: ..." between exercises); false, moving nothing, when no such rest is ahead.
     */
    boolean skipPastAnnouncedRest() {
        for (int i = cursor; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            Phase phase = step.place().phase();
            if (phase != Phase.REST && phase != Phase.SET_REST) {
                return false;
            }
            if (step instanceof PlanStep.Rest) {
                cursor = i + 1;
                return true;
            }
        }
        return false;
    }

    /** Moves the cursor to the end of the set in progress (or to the end of the plan). */
    void skipToWorkEnd() {
        while (cursor < plan.steps().size() && !(plan.steps().get(cursor) instanceof PlanStep.WorkEnd)) {
            cursor++;
        }
    }

    void add(PlanStep aside) {
        asides.add(aside);
    }

    void addAll(List<PlanStep> first) {
        asides.addAll(first);
    }

    void clearAsides() {
        asides.clear();
    }

    /** The on-beat steps of the run about to start: all those in the asides, or the plan's from the cursor. */
    List<PlanStep> beatsAhead(boolean aside) {
        List<PlanStep> steps = new ArrayList<>();
        if (aside) {
            for (PlanStep s : asides) {
                if (s.onBeat()) {
                    steps.add(s);
                }
            }
        } else {
            for (int i = cursor; i < plan.steps().size() && plan.steps().get(i).inRun(); i++) {
                if (plan.steps().get(i).onBeat()) {
                    steps.add(plan.steps().get(i));
                }
            }
        }
        return steps;
    }

    /** The beat position of the first on-beat plan step after the one at the cursor, or null. */
    Integer nextBeatAfterCursor() {
        for (int i = cursor + 1; i < plan.steps().size(); i++) {
            PlanStep next = plan.steps().get(i);
            if (next.onBeat()) {
                return next.position();
            }
        }
        return null;
    }
}
