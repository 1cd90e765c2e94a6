package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
    private final Phrases phrases = new Phrases();
    private final Plan full = Fixtures.plan("full");

    @Test
    void startsWithTheStopRulesAndEndsWithTheFeetCheck() {
        List<String> introKeys = full.steps().stream().filter(s -> s.place().phase() == Phase.INTRO)
                .filter(s -> s instanceof PlanStep.Say).map(s -> ((PlanStep.Say) s).phraseKey()).toList();
        assertThat(introKeys).containsSubsequence(phrases.numbered("stop-rules"));
        assertThat(full.steps().get(full.steps().size() - 1)).isInstanceOf(PlanStep.End.class);
        assertThat(full.steps().get(full.startOfEnd())).isEqualTo(new PlanStep.Sound(Place.of(Phase.END),
                Earcon.DONE));
    }

    @Test
    void everyStandingExerciseHasTheSupportPromptAndAWaitForGo() {
        for (PlannedExercise e : full.exercises()) {
            PlanStep first = full.steps().get(full.startOf(e.index()));
            if (e.exercise().standing()) {
                assertThat(first.place().phase()).isEqualTo(Phase.GET_READY);
                assertThat(full.steps()).contains(new PlanStep.AwaitGo(first.place()));
            } else {
                assertThat(first.place().phase()).isEqualTo(Phase.SIT_DOWN);
            }
        }
    }

    @Test
    void everySayHasTextAndAKnownKind() {
        for (PlanStep step : full.steps()) {
            if (step instanceof PlanStep.Say s) {
                assertThat(s.text()).isNotBlank();
                assertThat(phrases.has(s.phraseKey()) || s.phraseKey().startsWith("exercise.")
                        || s.phraseKey().startsWith("routine.")).as(s.phraseKey())
                        .isTrue();
            }
        }
    }

    @Test
    void exerciseTextKeysComeFromTheIdAndIndex() {
        assertThat(full.steps()).contains(new PlanStep.Say(new Place(Phase.INSTRUCTIONS, 0, 0, 0),
                "exercise.ankle-rolls.step.2", "Ankle rolls step two."));
        assertThat(full.steps()).contains(new PlanStep.Say(new Place(Phase.WORK, 0, 2, 2),
                "exercise.ankle-rolls.set-intro.2", "Now circle the other way."));
    }

    @Test
    void dosesBecomeSidesSetsAndCounts() {
        PlannedExercise rolls = full.exercises().get(0);
        assertThat(rolls.sides()).isEqualTo(2);
        assertThat(rolls.sets()).isEqualTo(2);
        assertThat(rolls.reps()).isEqualTo(10);
        assertThat(full.exercises().get(9).timedSeconds()).isEqualTo(180);
        long counts = full.steps().stream().filter(s -> s instanceof PlanStep.Count c
                && c.place().exercise() == 0).count();
        assertThat(counts).isEqualTo(40);
    }

    @Test
    void anUnknownRoutineIsOneClearSentence() {
        assertThatThrownBy(() -> new PlanBuilder().build(Fixtures.content(), "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no routine 'nope' in the content.");
    }

    @Test
    void everySpokenStepGivesItsTextAndKeyThroughTheInterface() {
        long spoken = full.steps().stream().filter(s -> s.text() != null).count();
        long expected = full.steps().stream().filter(s -> s instanceof PlanStep.Say || s instanceof PlanStep.Count
                || s instanceof PlanStep.MinuteClock || s instanceof PlanStep.TimedReminder
                || s instanceof PlanStep.BeatReminder).count();
        assertThat(spoken).isEqualTo(expected);
        PlanStep count = full.steps().stream().filter(s -> s instanceof PlanStep.Count).findFirst().orElseThrow();
        assertThat(count.text()).isEqualTo("One");
        assertThat(count.phraseKey()).isEqualTo("count.1");
        assertThat(new PlanStep.Sound(Place.of(Phase.END), Earcon.DONE).text()).isNull();
    }
}
