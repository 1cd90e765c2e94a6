package org.footcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.content.BrokenContent.onlyError;

import org.junit.jupiter.api.Test;

/** A file that is not strict JSON: each error says where, by line and column or by path. */
class JsonSyntaxRulesTest {
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
}
