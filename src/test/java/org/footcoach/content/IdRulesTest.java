package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.errorsOf;
import static org.footcoach.content.BrokenContent.onlyError;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids in kebab case and unique, and each routine naming known exercises, each once. */
class IdRulesTest {
    @Test
    void idNotInKebabCase() {
        List<ContentError> errors = errorsOf("bad-id.json");
        assertThat(errors.get(0).jsonPath()).isEqualTo("exercises[0].id");
        assertThat(errors.get(0).problem()).contains("\"Towel Scrunches\"");
    }

    @Test
    void duplicateExerciseId() {
        ContentError error = onlyError("duplicate-exercise-id.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].id");
        assertThat(error.problem()).contains("\"towel-scrunches\"").contains("exercises[0]");
    }

    @Test
    void duplicateRoutineId() {
        ContentError error = onlyError("duplicate-routine-id.json");
        assertThat(error.jsonPath()).isEqualTo("routines[1].id");
        assertThat(error.problem()).contains("\"quick\"").contains("routines[0]");
    }

    @Test
    void routineNamingAnUnknownExercise() {
        ContentError error = onlyError("unknown-exercise-in-routine.json");
        assertThat(error.jsonPath()).isEqualTo("routines[0].exercises[1]");
        assertThat(error.problem()).contains("\"single-leg-balanse\"").contains("\"single-leg-balance\"");
    }

    @Test
    void routineNamingAnExerciseTwice() {
        ContentError error = onlyError("repeated-exercise-in-routine.json");
        assertThat(error.jsonPath()).isEqualTo("routines[0].exercises[1]");
    }
}
