package org.footcoach.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading binds good content to the records and turns every bad input into errors, never an exception. */
class ContentLoaderTest {
    private static final Path MINIMAL = Path.of("src/test/resources/content/good/minimal.json");

    @Test
    void bindsEveryFieldToTheRecords() {
        Content content = ContentLoader.load(MINIMAL).content();
        Exercise towel = content.exercise("towel-scrunches").orElseThrow();
        assertThat(towel.position()).isEqualTo(Position.SEATED);
        assertThat(towel.support()).isEqualTo(Support.CHAIR);
        assertThat(towel.kind()).isEqualTo(Kind.REPS);
        assertThat(towel.perSide()).isTrue();
        assertThat(towel.beatSeconds()).isEqualTo(4.0);
        assertThat(towel.dose().reps()).isEqualTo(new Amount(5, 10, 5, Source.GUIDE));
        assertThat(towel.dose().holdSeconds()).isNull();
        assertThat(towel.dose().clinicianOverride()).isFalse();
        assertThat(towel.setIntros()).isEmpty();
        assertThat(towel.variation()).isNull();
        assertThat(towel.steps()).containsExactly("Toes scrunch the towel.", "Toes relax.");
        assertThat(towel.equipmentSaid()).containsExactly("a small towel");
        assertThat(towel.sides()).isNull();
        assertThat(towel.holdStart()).isNull();
        Exercise balance = content.exercise("single-leg-balance").orElseThrow();
        assertThat(balance.needsEquipment()).isFalse();
        assertThat(balance.equipmentSaid()).isEmpty();
        assertThat(balance.sides()).isEqualTo(new Sides("Stand on your left foot. Lift your right foot.",
                "Stand on your right foot. Lift your left foot."));
        assertThat(balance.holdStart()).isEqualTo("Lift your foot now.");
        assertThat(content.routine("quick").orElseThrow().exercises())
                .containsExactly("towel-scrunches", "single-leg-balance");
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + Files.readString(MINIMAL), StandardCharsets.UTF_8);
        assertThat(ContentLoader.load(file).errors()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsOneError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        LoadResult result = ContentLoader.load(file);
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.problem()).contains("not UTF-8"));
    }

    @Test
    void aFolderInsteadOfAFileIsOneError(@TempDir Path dir) {
        LoadResult result = ContentLoader.load(dir);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.jsonPath()).isEqualTo("$");
            assertThat(error.problem()).contains("a folder, not a file");
        });
    }

    @Test
    void aJsonArrayAtTheTopIsOneError() {
        LoadResult result = ContentLoader.parse("list.json", "[1, 2]");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.jsonPath()).isEqualTo("$");
            assertThat(error.problem()).contains("wrong type");
        });
    }

    @Test
    void commentsAreNotAllowed() {
        LoadResult result = ContentLoader.parse("c.json", "{\n  // note\n  \"exercises\": []\n}");
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.problem()).contains("line 2").contains("comments"));
    }

    @Test
    void aNumberTooLargeForAnyUseIsOneError() {
        LoadResult result = ContentLoader.parse("big.json", "{\"exercises\": [{\"id\": 1e99999999999}]}");
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.jsonPath()).isEqualTo("exercises[0].id");
            assertThat(error.problem()).contains("line 1").contains("too large");
        });
    }

    @Test
    void aLongWrongValueIsQuotedShortSoTheErrorStaysOneLine() {
        String longText = "a".repeat(5000);
        LoadResult result = ContentLoader.parse("long.json", "{\"exercises\": \"" + longText + "\", \"routines\": []}");
        assertThat(result.errors()).first().satisfies(error -> {
            assertThat(error.jsonPath()).isEqualTo("exercises");
            assertThat(error.line()).hasSizeLessThan(300).contains("aaa...");
        });
    }

    @Test
    void aResultHasEitherContentOrErrors() {
        assertThatThrownBy(() -> new LoadResult(null, java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
