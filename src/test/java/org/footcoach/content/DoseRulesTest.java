package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.GOOD;
import static org.footcoach.content.BrokenContent.onlyError;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Doses within the guide's range unless a clinician overrides, figures marked "guide" as the guide gives them, the
 * amounts the kind needs and no others, and a set intro for every set.
 */
class DoseRulesTest {
    @Test
    void holdValueBeyondItsRange() {
        ContentError error = onlyError("hold-too-long.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].dose.holdSeconds.value");
        assertThat(error.problem()).contains("45").contains("10 to 20");
        assertThat(error.allowed()).contains("clinicianOverride");
    }

    @Test
    void holdRangeBeyondTheGuide() {
        ContentError error = onlyError("hold-beyond-guide.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].dose.holdSeconds.max");
        assertThat(error.problem()).contains("40").contains("20");
        assertThat(error.allowed()).contains("clinicianOverride");
    }

    @Test
    void aClinicianOverrideAllowsALongerHold() {
        for (String file : List.of("clinician-override.json", "clinician-override-range.json")) {
            LoadResult result = ContentLoader.load(GOOD.resolve(file));
            assertThat(result.errors()).as(file).extracting(ContentError::line).isEmpty();
            Dose dose = result.content().exercise("single-leg-balance").orElseThrow().dose();
            assertThat(dose.clinicianOverride()).isTrue();
            assertThat(dose.holdSeconds().value()).isEqualTo(45);
        }
    }

    @Test
    void aFigureMarkedGuideThatTheGuideDoesNotGive() {
        ContentError error = onlyError("guide-mislabelled.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].dose.sets.source");
        assertThat(error.allowed()).contains("default");
    }

    @Test
    void aFigureMarkedGuideThatDiffersFromTheGuide() {
        ContentError error = onlyError("guide-figures-changed.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].dose.reps.source");
        assertThat(error.problem()).contains("5 to 20").contains("5 to 10");
    }

    @Test
    void anAmountTheKindNeedsIsMissing() {
        ContentError error = onlyError("amount-missing-for-kind.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].dose.holdSeconds");
        assertThat(error.allowed()).contains("holdSeconds, sets");
    }

    @Test
    void anAmountTheKindDoesNotUse() {
        ContentError error = onlyError("amount-not-used-by-kind.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].dose.minutes");
    }

    @Test
    void tooFewSetIntros() {
        ContentError error = onlyError("set-intros-too-few.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].setIntros");
    }
}
