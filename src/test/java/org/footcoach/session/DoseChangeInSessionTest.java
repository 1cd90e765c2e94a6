package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.footcoach.content.Content;
import org.footcoach.content.Exercise;
import org.junit.jupiter.api.Test;

/**
 * A dose changed in Settings during a session: the exercises after the one in progress count to the new number,
 * the one in progress keeps its count.
 */
class DoseChangeInSessionTest {
    private final Content content = Fixtures.content();
    private final Map<String, Integer> highestCount = new LinkedHashMap<>();
    private String current = "";

    private Harness session() {
        Harness harness = new Harness(new PlanBuilder().build(content, "quick"), SessionSettings.defaults(),
                Fixtures.wordLengths());
        harness.engine.addListener(new SessionListener() {
            @Override
            public void exerciseStarted(int index, int count, Exercise exercise, int side) {
                current = exercise.id();
            }

            @Override
            public void cue(Cue cue) {
                if (cue instanceof Cue.Speech speech && speech.count().isPresent()) {
                    highestCount.merge(current, speech.count().getAsInt(), Math::max);
                }
            }
        });
        return harness;
    }

    private Plan withReps(String exerciseId, int reps, String otherId, int otherReps) {
        DoseChoice choice = new DoseChoice(OptionalInt.empty(), OptionalInt.of(reps), OptionalInt.empty(),
                OptionalInt.empty());
        DoseChoice other = new DoseChoice(OptionalInt.empty(), OptionalInt.of(otherReps), OptionalInt.empty(),
                OptionalInt.empty());
        return new PlanBuilder(new Phrases(), new DoseChoices(Map.of(exerciseId, choice, otherId, other)))
                .build(content, "quick");
    }

    @Test
    void theNextExerciseCountsToTheNewNumberAndTheOneInProgressKeepsItsOwn() {
        Harness harness = session();
        harness.engine.start();
        assertThat(harness.runUntilCount(2)).isTrue();
        assertThat(current).isEqualTo("ankle-rolls");

        harness.engine.changeFromNextExercise(withReps("ankle-pumps", 13, "ankle-rolls", 4));
        assertThat(harness.finish()).isTrue();

        assertThat(highestCount).containsEntry("ankle-rolls", 10).containsEntry("ankle-pumps", 13);
    }

    @Test
    void aChangeDuringTheStopRulesReachesTheFirstExercise() {
        Harness harness = session();
        harness.engine.start();
        harness.runNowTasks();

        harness.engine.changeFromNextExercise(withReps("ankle-rolls", 6, "ankle-pumps", 11));
        assertThat(harness.finish()).isTrue();

        assertThat(highestCount).containsEntry("ankle-rolls", 6).containsEntry("ankle-pumps", 11);
    }

    @Test
    void aChangeOnceTheClosingWordsHaveBegunChangesNothing() {
        Harness harness = session();
        harness.engine.start();
        assertThat(harness.finish()).isTrue();
        Plan before = harness.engine.plan();

        harness.engine.changeFromNextExercise(withReps("ankle-pumps", 13, "ankle-rolls", 4));
        harness.runNowTasks();

        assertThat(harness.engine.plan()).isSameAs(before);
    }
}
