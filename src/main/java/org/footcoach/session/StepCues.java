package org.footcoach.session;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cue a spoken or sounded plan step makes at its time: its length from the speech lengths, the exercise it
 * belongs to, handed to the listeners, and told to the timing so the next cue keeps its distance.
 */
final class StepCues {
    private final LivePlan plan;
    private final SpeechLength lengths;
    private final SessionListener listeners;
    private final CueTiming timing;

    StepCues(LivePlan plan, SpeechLength lengths, SessionListener listeners, CueTiming timing) {
        this.plan = plan;
        this.lengths = lengths;
        this.listeners = listeners;
        this.timing = timing;
    }

    /** Says the words of {@code step}; {@code count} is the number when they are a count word. */
    void say(long at, PlanStep step, OptionalInt count) {
        long length = lengths.sayMillis(step.phraseKey(), step.text());
        listeners.cue(new Cue.Speech(at, length, step.text(), Optional.ofNullable(step.phraseKey()), count,
                exerciseId(step.place())));
        timing.spoke(at, length);
    }

    void sound(long at, PlanStep.Sound step) {
        long length = lengths.earconMillis(step.earcon());
        listeners.cue(new Cue.Sound(at, length, step.earcon(), exerciseId(step.place())));
        timing.sounded(at, length);
    }

    private Optional<String> exerciseId(Place place) {
        return place.exercise() >= 0
                ? Optional.of(plan.exercises().get(place.exercise()).exercise().id()) : Optional.empty();
    }
}
