package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-history FILE.csv}, as a person runs it, over a week of sessions kept by the recorder. */
class ExportHistoryTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void everySessionOfTheDataFolderIsWrittenAndNamedInOneSentence() throws IOException {
        Path data = temp.resolve("data");
        SimulatedWeek.record(data.resolve("history"));
        Path file = temp.resolve("history.csv");

        int code = run("--data-dir", data.toString(), "--export-history", file.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("Wrote the history (7 sessions) to " + file + ".");
        List<String> rows = Files.readAllLines(file);
        assertThat(rows).hasSize(1 + 7 * 4);
        assertThat(rows.get(0)).startsWith("date,time,routine,ending,effort,pain,exercise");
        assertThat(rows.get(1)).contains(",Quick,finished,2,0,");
    }

    @Test
    void aDataFolderWithNoSessionGivesTheHeaderAlone() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path file = temp.resolve("history.csv");

        int code = run("--data-dir", data.toString(), "--export-history", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("Wrote the history (no sessions yet) to " + file
                + ".");
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void aDataFolderThatIsNotThereIsOneSentenceExitOneAndNoFile() {
        Path data = temp.resolve("no-such-data");
        Path file = temp.resolve("history.csv");

        int code = run("--data-dir", data.toString(), "--export-history", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("There is no data folder " + data
                + ", so there is no history to write. Give the folder Foot Coach keeps its data in with --data-dir.");
        assertThat(file).doesNotExist();
        assertThat(data).doesNotExist();
    }

    @Test
    void aMissingFolderForTheFileIsOneSentenceAndExitOne() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path file = temp.resolve("nowhere").resolve("history.csv");

        int code = run("--data-dir", data.toString(), "--export-history", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "Cannot write " + file + ": there is no such folder.");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void aFolderWhereTheFileShouldGoIsOneSentenceAndExitOne() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path folder = Files.createDirectory(temp.resolve("history.csv"));

        int code = run("--data-dir", data.toString(), "--export-history", folder.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("Cannot write " + folder + ": it is a folder.");
    }

    @Test
    void helpNamesTheOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--export-history=FILE.csv", "as CSV for a spreadsheet");
    }
}
