package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.junit.jupiter.api.Test;

/** A dose set in Settings is the one the session counts; one beyond the file's range is named. */
class DoseChoicesTest {
    private final Content content = ContentLoader.loadBundled().content();

    private static DoseChoice reps(int reps) {
        return new DoseChoice(OptionalInt.empty(), OptionalInt.of(reps), OptionalInt.empty(), OptionalInt.empty());
    }

    private Exercise exercise(String id) {
        return content.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSessionCountsToTheRepsChosenAndKeepsTheFilesSets() {
        Plan plan = new PlanBuilder(new Phrases(), new DoseChoices(Map.of("ankle-pumps", reps(12))))
                .build(content, "full");
        PlannedExercise pumps = plan.exercises().stream().filter(p -> p.exercise().id().equals("ankle-pumps"))
                .findFirst().orElseThrow();
        assertThat(pumps.reps()).isEqualTo(12);
        assertThat(pumps.sets()).isEqualTo(exercise("ankle-pumps").dose().sets().value());

        VirtualClock clock = new VirtualClock();
        SessionEngine engine = new SessionEngine(plan, clock, clock, WordRateLength.typical(),
                SessionSettings.headless());
        List<Integer> counted = new ArrayList<>();
        engine.addListener(new SessionListener() {
            @Override
            public void cue(Cue cue) {
                if (cue instanceof Cue.Speech s && s.exerciseId().equals(java.util.Optional.of("ankle-pumps"))) {
                    s.count().ifPresent(counted::add);
                }
            }
        });
        engine.start();
        clock.runUntilIdle();

        assertThat(counted).as("each set counts to 12").containsSequence(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1)
                .endsWith(11, 12).doesNotContain(13).filteredOn(n -> n == 12).hasSize(pumps.setsInAll());
    }

    @Test
    void aChoiceBeyondTheFilesRangeIsNamedAndOneWithinIsNot() {
        Exercise pumps = exercise("ankle-pumps");
        int max = pumps.dose().reps().max();

        assertThat(new DoseChoices(Map.of("ankle-pumps", reps(max + 1))).outsideRange(pumps)).containsExactly("reps");
        assertThat(new DoseChoices(Map.of("ankle-pumps", reps(max))).outsideRange(pumps)).isEmpty();
        assertThat(DoseChoices.fileValues().outsideRange(pumps)).isEmpty();
    }
}
