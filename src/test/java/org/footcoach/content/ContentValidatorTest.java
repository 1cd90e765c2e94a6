package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.BROKEN;
import static org.footcoach.content.BrokenContent.GOOD;
import static org.footcoach.content.BrokenContent.errorsOf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How content errors are reported: none for the good file the broken ones start from, every error of a file in file
 * order, a file that cannot be read as one error, each as one line naming file, path, problem and what is allowed.
 * One test per validation rule is in the *RulesTest classes, each with its own broken file under
 * src/test/resources/content/broken/.
 */
class ContentValidatorTest {
    @Test
    void theMinimalFileTheBrokenOnesStartFromIsGood() {
        LoadResult result = ContentLoader.load(GOOD.resolve("minimal.json"));
        assertThat(result.errors()).extracting(ContentError::line).isEmpty();
        assertThat(result.ok()).isTrue();
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
}
