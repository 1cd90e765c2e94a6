package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's controls table says what the table of actions says, row for row. */
class ReadmeControlsTest {

    @Test
    void theReadmeControlsTableIsTheTableOfActions() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int heading = lines.indexOf("## Controls");
        assertThat(heading).as("a Controls section in README.md").isNotNegative();
        int header = heading + 1;
        while (!lines.get(header).startsWith("| To |")) {
            header++;
        }
        List<String> rows = lines.subList(header + 2, lines.size()).stream()
                .takeWhile(line -> line.startsWith("|")).toList();

        List<String> expected = ActionTable.load().rows().stream()
                .map(a -> "| " + a.what() + " | " + String.join(", ", a.words()) + " | " + a.keysShown() + " | "
                        + a.touch() + " |")
                .toList();
        assertThat(rows).containsExactlyElementsOf(expected);
    }
}
