package org.footcoach.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Routine lengths come from the content: sentences, counts, holds, sides, sets and rests. */
class RoutineLengthTest {
    private static Content content;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(Path.of("src/test/resources/content/good/minimal.json")).content();
    }

    @Test
    void repsAreCountedOnTheBeatOnEachSide() {
        // 2 + 2 sentences of 4 s; 5 reps of 4 s on each of 2 sides; one side switch of 5 s
        assertThat(RoutineLength.estimateSeconds(exercise("towel-scrunches"))).isEqualTo(16 + 2 * 20 + 5);
    }

    @Test
    void holdsAddTheirFrameAndTheRestBetweenSets() {
        // 4 sentences; per side 2 holds of 10 + 3 s with 10 s rest between; 2 sides and a switch
        assertThat(RoutineLength.estimateSeconds(exercise("single-leg-balance"))).isEqualTo(16 + 2 * (26 + 10) + 5);
    }

    @Test
    void timedWorkTakesItsMinutesOnEachSide() {
        Exercise rolling = ContentLoader.load(Path.of("exercises.json")).content().exercise("foot-rolling")
                .orElseThrow();
        // name, purpose and 5 steps; 2 minutes per foot; one side switch
        assertThat(RoutineLength.estimateSeconds(rolling)).isEqualTo(7 * 4 + 2 * 120 + 5);
    }

    @Test
    void aRoutineAddsRestsAndTheChangeToStandingAndRoundsUp() {
        Routine quick = content.routine("quick").orElseThrow();
        assertThat(RoutineLength.estimateSeconds(content, quick)).isEqualTo(61 + 15 + 15 + 93);
        assertThat(RoutineLength.estimateMinutes(content, quick)).isEqualTo(4);
    }

    @Test
    void aLongerDoseMakesALongerRoutine() {
        Exercise balance = exercise("single-leg-balance");
        Dose dose = balance.dose();
        Dose longer = new Dose(null, new Amount(10, 20, 20, Source.GUIDE), null,
                new Amount(1, 3, 3, Source.DEFAULT), false);
        Exercise longerBalance = new Exercise(balance.id(), balance.name(), balance.purpose(), balance.position(),
                balance.support(), balance.equipment(), balance.kind(), balance.perSide(), longer,
                balance.beatSeconds(), balance.steps(), balance.setIntros(), balance.reminders(), balance.safety(),
                balance.picture(), balance.variation(), balance.equipmentSaid(), balance.sides(), balance.holdStart());
        Content changed = new Content(List.of(exercise("towel-scrunches"), longerBalance), content.routines());
        Routine quick = content.routine("quick").orElseThrow();

        assertThat(dose.holdSeconds().value()).isEqualTo(10);
        assertThat(RoutineLength.estimateMinutes(changed, quick)).isGreaterThan(
                RoutineLength.estimateMinutes(content, quick));
    }

    private static Exercise exercise(String id) {
        return content.exercise(id).orElseThrow();
    }
}
