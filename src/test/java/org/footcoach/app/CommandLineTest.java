package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.footcoach.content.ContentError;
import org.footcoach.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void validateAcceptsTheRealExerciseFileWithOneSummaryLine() {
        int code = run("--validate", "exercises.json");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines().toList()).singleElement().asString()
                .startsWith("exercises.json: OK")
                .contains(ContentLoader.loadBundled().content().exercises().size() + " exercises")
                .contains("4 routines");
    }

    @Test
    void validateRejectsABrokenFileWithEveryErrorLineAndExitOne() throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("truncated.json").toURI());

        int code = run("--validate", broken.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).isNotEmpty().isEqualTo(
                ContentLoader.load(broken).errors().stream().map(ContentError::line).toList());
        assertNoStackTrace();
    }

    @Test
    void validateOfAMissingFileSaysSoInOneLine() {
        int code = run("--validate", temp.resolve("nothing-here.json").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("nothing-here.json");
        assertNoStackTrace();
    }

    @Test
    void unknownOptionIsOneClearLineAndExitTwo() {
        int code = run("--fullscreen-please");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("--fullscreen-please").endsWith("Try --help.");
        assertNoStackTrace();
    }

    @Test
    void badWindowSizeSaysWhatIsAllowed() {
        int code = run("--windowed", "big");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("'big'").contains("WIDTHxHEIGHT").contains("1280x800");
    }

    @Test
    void validateWithoutAFileIsABadArgument() {
        int code = run("--validate");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("--validate");
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsOneClearLine() throws IOException {
        Path file = Files.writeString(temp.resolve("data"), "not a folder");

        int code = run("--data-dir", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement()
                .isEqualTo("Cannot use the data folder " + file + ": a file is in the way.");
        assertNoStackTrace();
    }

    @Test
    void anEventLogThatCannotBeWrittenIsOneClearLine() throws IOException {
        Path file = Files.writeString(temp.resolve("blocker"), "x").resolve("events.jsonl");

        int code = run("--event-log", file.toString(), "--data-dir", temp.resolve("data").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement()
                .isEqualTo("Cannot write the event log " + file + ": a file is in the way.");
        assertNoStackTrace();
    }

    @Test
    void helpListsTheOptionsFromTheBundle() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("--content=FILE", "--data-dir=DIR", "--windowed=WIDTHxHEIGHT", "--event-log=FILE",
                        "--validate=FILE")
                .contains("Check an exercise file");
    }

    private void assertNoStackTrace() {
        assertThat(err.toString() + out).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Exception in thread");
    }
}
