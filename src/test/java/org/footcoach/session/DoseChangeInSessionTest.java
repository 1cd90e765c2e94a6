package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.footcoach.content.Content;
import org.footcoach.content.Exercise;
import org.junit.jupiter.api.Test;

/**
 * A dose, the counting pace or what happens before standing work changed in Settings during a session: the
 * exercises after the one in progress follow them, the one in progress keeps its own.
 */
class DoseChangeInSessionTest {
    private final Content content = Fixtures.content();
    private final Map<String, Integer> highestCount = new LinkedHashMap<>();
    /** When each exercise's counts were said, in order. */
    private final Map<String, List<Long>> countTimes = new LinkedHashMap<>();
    private final List<SessionState> states = new ArrayList<>();
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
                    countTimes.computeIfAbsent(current, id -> new ArrayList<>()).add(speech.atMillis());
                }
            }

            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                states.add(snapshot.state());
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
    void aSlowerPaceAndACountdownChosenMidExerciseBeginWithTheNextExercise() {
        Harness harness = session();
        harness.engine.start();
        assertThat(harness.runUntilCount(2)).isTrue();
        states.clear();

        harness.engine.changeFromNextExercise(new PlanBuilder().build(content, "quick"),
                SessionSettings.defaults().withTempoFactor(2.0).withReadyMode(ReadyMode.COUNTDOWN));
        assertThat(harness.finish()).isTrue();

        assertThat(shortestBeat("ankle-rolls")).as("the exercise in progress keeps its beat of 2 s").isLessThan(2100);
        assertThat(shortestBeat("ankle-pumps")).as("1.5 s at twice the tempo factor").isGreaterThanOrEqualTo(3000);
        assertThat(states).as("standing work counts down instead of waiting").contains(SessionState.COUNTING_DOWN)
                .doesNotContain(SessionState.WAITING_FOR_GO);
    }

    private long shortestBeat(String exerciseId) {
        List<Long> times = countTimes.get(exerciseId);
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < times.size(); i++) {
            shortest = Math.min(shortest, times.get(i) - times.get(i - 1));
        }
        return shortest;
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
