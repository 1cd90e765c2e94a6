package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Asides go before the plan; the cursor moves only over plan steps. */
class StepQueueTest {
    private final Plan plan = Fixtures.plan("reps-only");
    private final StepQueue queue = new StepQueue(new LivePlan(plan));

    private int indexOf(Class<? extends PlanStep> type) {
        for (int i = 0; i < plan.steps().size(); i++) {
            if (type.isInstance(plan.steps().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the plan");
    }

    @Test
    void asidesComeFirstAndTakingThemLeavesTheCursorAlone() {
        PlanStep aside = new PlanStep.Say(Place.of(Phase.INTRO), "pause.paused", "Paused.");
        queue.add(aside);
        assertThat(queue.hasAside()).isTrue();
        assertThat(queue.next(true)).isSameAs(aside);
        queue.took(true);
        assertThat(queue.hasAside()).isFalse();
        assertThat(queue.cursor()).isZero();
        assertThat(queue.next(false)).isSameAs(plan.steps().get(0));
        queue.took(false);
        assertThat(queue.cursor()).isEqualTo(1);
    }

    @Test
    void onlyAPlanSentenceJustTakenIsSaidAgain() {
        queue.took(false);
        queue.said(false);
        assertThat(queue.lastTakenWasSaid()).isTrue();
        queue.took(false);
        assertThat(queue.lastTakenWasSaid()).isFalse();
        queue.said(true);
        assertThat(queue.lastTakenWasSaid()).as("an aside is never said again").isFalse();
        queue.jumpTo(5);
        queue.took(false);
        queue.said(false);
        queue.sayLastAgain();
        assertThat(queue.cursor()).isEqualTo(5);
    }

    @Test
    void doneSkipsToTheEndOfTheSet() {
        int count = indexOf(PlanStep.Count.class);
        queue.jumpTo(count);
        queue.skipToWorkEnd();
        assertThat(plan.steps().get(queue.cursor())).isInstanceOf(PlanStep.WorkEnd.class);
        assertThat(queue.cursor()).isGreaterThan(count);
    }

    @Test
    void theBeatsAheadAreTheOnBeatStepsOfTheRunFromTheCursor() {
        int count = indexOf(PlanStep.Count.class);
        queue.jumpTo(count);
        List<PlanStep> beats = queue.beatsAhead(false);
        assertThat(beats).isNotEmpty().allMatch(PlanStep::onBeat).allMatch(PlanStep::inRun);
        assertThat(beats.get(0)).isSameAs(plan.steps().get(count));
        assertThat(beats).filteredOn(s -> s instanceof PlanStep.Count).hasSize(12);
        assertThat(queue.nextBeatAfterCursor()).isEqualTo(beats.get(1).position());
        assertThat(queue.beatsAhead(true)).as("no asides").isEmpty();
    }
}
