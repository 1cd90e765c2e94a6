package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.onlyError;

import org.junit.jupiter.api.Test;

/** The spoken names of the equipment, the words for each side, and the cue before a hold fit their exercise. */
class EquipmentAndSidesRulesTest {
    @Test
    void equipmentWithoutSpokenNames() {
        ContentError error = onlyError("equipment-said-missing.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].equipmentSaid");
        assertThat(error.problem()).contains("\"equipmentSaid\" is missing");
    }

    @Test
    void moreSpokenNamesThanEquipment() {
        ContentError error = onlyError("equipment-said-count.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].equipmentSaid");
        assertThat(error.problem()).isEqualTo("there are 2 spoken names for 1 item of equipment");
        assertThat(error.allowed()).contains("one short name for each item of equipment");
    }

    @Test
    void sidesOnAnExerciseNotDonePerSide() {
        ContentError error = onlyError("sides-not-per-side.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].sides");
    }

    @Test
    void holdStartOnRepsWork() {
        ContentError error = onlyError("hold-start-not-hold.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].holdStart");
        assertThat(error.problem()).contains("\"reps\"");
    }
}
