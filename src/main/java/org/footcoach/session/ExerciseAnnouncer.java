package org.footcoach.session;

import org.footcoach.content.Position;

/**
 * Tells listeners when an exercise begins and when its other side begins, once each, and remembers whether the
 * person now stands or sits, so a support or chair prompt they do not need is passed over.
 */
final class ExerciseAnnouncer {
    private final LivePlan plan;
    private final ListenerFanOut listeners;
    private final SessionRecord record;

    private int announced = -1;
    private int announcedSide;
    private Position position;

    ExerciseAnnouncer(LivePlan plan, ListenerFanOut listeners, SessionRecord record) {
        this.plan = plan;
        this.listeners = listeners;
        this.record = record;
    }

    /** After a jump: the exercise jumped to is announced again, even if it is the same one. */
    void forget() {
        announced = -1;
    }

    /** Not said now: see {@link #notNeeded(PlanStep, Position)}. */
    boolean notNeeded(PlanStep step) {
        return notNeeded(step, position);
    }

    /** True when the person is standing now (the last exercise reached was a standing one). */
    boolean standing() {
        return position == Position.STANDING;
    }

    /**
     * A get-ready prompt while standing, a sit-down prompt while seated, and the "sit down" before the foot check
     * unless standing, are not said. {@code position} is that of the last exercise reached, null before the first.
     */
    static boolean notNeeded(PlanStep step, Position position) {
        Phase phase = step.place().phase();
        return phase == Phase.GET_READY && position == Position.STANDING
                || phase == Phase.SIT_DOWN && position == Position.SEATED
                || phase == Phase.END && PlanBuilder.SIT_FOR_FEET_CHECK.equals(step.phraseKey())
                        && position != Position.STANDING;
    }

    /** The plan has reached {@code place}. */
    void entered(Place place) {
        int index = place.exercise();
        if (index < 0 || place.phase() == Phase.END) {
            return;
        }
        PlannedExercise planned = plan.exercises().get(index);
        if (place.phase() == Phase.INSTRUCTIONS && announced != index) {
            announced = index;
            announcedSide = planned.sides() == 2 ? 1 : 0;
            position = planned.exercise().position();
            record.reached(index);
            listeners.exerciseStarted(index, plan.exerciseCount(), planned.exercise(), announcedSide);
        } else if (place.side() == 2 && place.phase() == Phase.WORK && announced == index
                && announcedSide != 2) {
            announcedSide = 2;
            listeners.exerciseStarted(index, plan.exerciseCount(), planned.exercise(), 2);
        }
    }
}
