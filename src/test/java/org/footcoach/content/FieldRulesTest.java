package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.errorsOf;
import static org.footcoach.content.BrokenContent.onlyError;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each field present where required, not empty, of the right type, a known name or choice, and within range. */
class FieldRulesTest {
    @Test
    void missingRequiredField() {
        ContentError error = onlyError("missing-field.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].name");
        assertThat(error.problem()).contains("required field \"name\" is missing");
    }

    @Test
    void emptyRequiredField() {
        ContentError error = onlyError("empty-field.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].steps");
        assertThat(error.problem()).contains("empty");
    }

    @Test
    void emptyExerciseList() {
        ContentError error = onlyError("no-exercises.json");
        assertThat(error.jsonPath()).isEqualTo("exercises");
        assertThat(error.problem()).contains("empty");
    }

    @Test
    void wrongType() {
        ContentError error = onlyError("wrong-type.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].perSide");
        assertThat(error.problem()).contains("wrong type").contains("\"yes\"");
        assertThat(error.allowed()).isEqualTo("true or false");
    }

    @Test
    void wrongTypeForAList() {
        ContentError error = onlyError("wrong-type-list.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].steps");
        assertThat(error.problem()).contains("wrong type");
    }

    @Test
    void aNumberWithAFractionWhereAWholeNumberBelongs() {
        ContentError error = onlyError("not-whole-number.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].dose.reps.value");
        assertThat(error.allowed()).contains("whole number");
    }

    @Test
    void anObjectExpectedButTextGiven() {
        List<ContentError> errors = errorsOf("not-an-object.json");
        assertThat(errors.get(0).jsonPath()).isEqualTo("exercises[0]");
        assertThat(errors.get(0).problem()).contains("wrong type");
    }

    @Test
    void unknownFieldSuggestsTheNearestName() {
        ContentError error = onlyError("unknown-field.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].variaton");
        assertThat(error.problem()).contains("unknown field \"variaton\"").contains("\"variation\"");
    }

    @Test
    void unknownChoiceSuggestsTheNearestValue() {
        ContentError error = onlyError("unknown-choice.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].position");
        assertThat(error.problem()).contains("\"standng\"").contains("\"standing\"");
        assertThat(error.allowed()).contains("seated, standing");
    }

    @Test
    void valueOutsideItsAllowedRange() {
        ContentError error = onlyError("out-of-range.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].dose.reps.max");
        assertThat(error.problem()).contains("500");
        assertThat(error.allowed()).contains("1 to 50");
    }

    @Test
    void maxBelowMin() {
        ContentError error = onlyError("max-below-min.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].dose.reps.max");
    }
}
