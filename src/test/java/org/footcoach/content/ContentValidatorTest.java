package org.footcoach.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per validation rule, each with its own broken file under src/test/resources/content/broken/. */
class ContentValidatorTest {
    private static final Path BROKEN = Path.of("src/test/resources/content/broken");
    private static final Path GOOD = Path.of("src/test/resources/content/good");

    @Test
    void theMinimalFileTheBrokenOnesStartFromIsGood() {
        LoadResult result = ContentLoader.load(GOOD.resolve("minimal.json"));
        assertThat(result.errors()).extracting(ContentError::line).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ContentError error = onlyError("malformed.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].name");
        assertThat(error.problem()).contains("line 6, column 8").contains("comma");
    }

    @Test
    void aTrailingCommaIsMalformed() {
        ContentError error = onlyError("trailing-comma.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].picture");
        assertThat(error.problem()).contains("line 40, column 6");
    }

    @Test
    void anEmptyFileIsMalformed() {
        ContentError error = onlyError("empty-file.json");
        assertThat(error.jsonPath()).isEqualTo("$");
        assertThat(error.problem()).contains("line 1, column 1").contains("ends too early");
    }

    @Test
    void textAfterTheEndIsReported() {
        ContentError error = onlyError("text-after-end.json");
        assertThat(error.jsonPath()).isEqualTo("$");
        assertThat(error.problem()).contains("after the end").contains("line 90");
    }

    @Test
    void aFieldGivenTwiceIsReported() {
        ContentError error = onlyError("duplicate-name.json");
        assertThat(error.jsonPath()).isEqualTo("exercises[0].name");
        assertThat(error.problem()).contains("\"name\" appears twice");
    }

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
    void idNotInKebabCase() {
        List<ContentError> errors = errorsOf("bad-id.json");
        assertThat(errors.get(0).jsonPath()).isEqualTo("exercises[0].id");
        assertThat(errors.get(0).problem()).contains("\"Towel Scrunches\"");
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

    @Test
    void severalErrorsAreAllReportedInFileOrder() {
        assertThat(errorsOf("several-errors.json")).extracting(ContentError::jsonPath).containsExactly(
                "exercises[0].name",
                "exercises[0].dose.reps.max",
                "exercises[1].kindd",
                "exercises[1].support",
                "routines[0].exercises[2]");
    }

    @Test
    void aFileThatCannotBeReadIsAnError() {
        Path missing = BROKEN.resolve("no-such-file.json");
        LoadResult result = ContentLoader.load(missing);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(missing.toString());
            assertThat(error.jsonPath()).isEqualTo("$");
            assertThat(error.problem()).isEqualTo("the file cannot be read (there is no such file)");
        });
    }

    @Test
    void oneLineNamesFilePathProblemAndAllowed() {
        ContentError error = new ContentError("x.json", "exercises[3].dose.reps.max", "the value 500 is out of range",
                "a whole number from 1 to 50");
        assertThat(error.line()).isEqualTo(
                "x.json: exercises[3].dose.reps.max: the value 500 is out of range. Allowed: a whole number from 1 to 50.");
        assertThat(new ContentError("x.json", "$", "two\nlines", "a\tb").line()).isEqualTo("x.json: $: two lines. Allowed: a b.");
    }

    /** The only error of a broken file, after checking every error is one clear line. */
    private static ContentError onlyError(String name) {
        List<ContentError> errors = errorsOf(name);
        assertThat(errors).as(name).extracting(ContentError::line).hasSize(1);
        return errors.get(0);
    }

    private static List<ContentError> errorsOf(String name) {
        Path file = BROKEN.resolve(name);
        LoadResult result = ContentLoader.load(file);
        assertThat(result.ok()).as(name).isFalse();
        assertThat(result.content()).isNull();
        assertThat(result.errors()).as(name).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo(file.toString());
            assertThat(error.line()).startsWith(file + ": " + error.jsonPath() + ": ")
                    .contains(". Allowed: ").doesNotContain("\n", "\r", "Exception", "JsonReader");
        });
        return result.errors();
    }
}
