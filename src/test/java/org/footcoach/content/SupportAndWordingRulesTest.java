package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.onlyError;

import org.junit.jupiter.api.Test;

/**
 * Standing work held at the counter and seated work on a chair, in the support and in the words of the steps, and
 * sentences short enough to follow by ear.
 */
class SupportAndWordingRulesTest {
    @Test
    void standingExerciseWithoutCounterSupport() {
        ContentError error = onlyError("standing-without-counter.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].support");
        assertThat(error.allowed()).startsWith("counter");
    }

    @Test
    void seatedExerciseWithCounterSupport() {
        ContentError error = onlyError("seated-with-counter.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].support");
    }

    @Test
    void standingExerciseWhoseStepsNeverSayToHoldTheCounter() {
        ContentError error = onlyError("no-counter-step.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].steps");
    }

    @Test
    void seatedExerciseWhoseStepsSayToSitOnAChairAgain() {
        ContentError error = onlyError("sit-prompt-in-steps.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].steps[0]");
        assertThat(error.problem()).contains("\"sit on a\"").contains("already asks the person to sit");
    }

    @Test
    void standingExerciseThatSaysLetGo() {
        ContentError error = onlyError("let-go.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[1].reminders[1]");
        assertThat(error.problem()).contains("\"let go\"");
    }

    @Test
    void sentenceTooLong() {
        ContentError error = onlyError("long-sentence.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].steps[2]");
        assertThat(error.problem()).contains("17 words");
    }
}
