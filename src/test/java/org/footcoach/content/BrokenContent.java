package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** The test content files, and the errors a broken one gives after checking that each is one clear line. */
final class BrokenContent {
    static final Path BROKEN = Path.of("src/test/resources/content/broken");
    static final Path GOOD = Path.of("src/test/resources/content/good");

    private BrokenContent() {
    }

    /** The only error of a broken file, after checking every error is one clear line. */
    static ContentError onlyError(String name) {
        List<ContentError> errors = errorsOf(name);
        assertThat(errors).as(name).extracting(ContentError::line).hasSize(1);
        return errors.get(0);
    }

    static List<ContentError> errorsOf(String name) {
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
