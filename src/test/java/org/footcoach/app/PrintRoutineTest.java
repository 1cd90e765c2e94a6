package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --print-routine ID FILE.html}, as a person runs it. */
class PrintRoutineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theSheetIsWrittenAndNamedInOneSentence() throws IOException {
        Path file = temp.resolve("full.html");

        int code = run("--print-routine", "full", file.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "Wrote the printable sheet of \"Full routine\" to " + file + ".");
        String html = Files.readString(file);
        assertThat(html).contains("<h1>Full routine</h1>", "Towel scrunches");
        assertThat(html.split("<svg", -1)).hasSize(12);
    }

    @Test
    void theSheetHasTheDosesAsSetInSettings() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("settings.json"), "{\"version\":1,\"doses\":{\"ankle-rolls\":{\"reps\":13}},"
                + "\"tempo\":1.0,\"before_standing\":\"wait_for_go\",\"voice_commands\":true}");
        Path file = temp.resolve("full.html");

        int code = run("--data-dir", data.toString(), "--print-routine", "full", file.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(file)).contains("13 times");
    }

    @Test
    void theSheetComesFromTheContentFileGiven() throws IOException {
        Path file = temp.resolve("marked.html");

        int code = run("--content", "src/test/resources/content/sheet/markup-in-text.json",
                "--print-routine", "marked", file.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(file)).contains("Toes relax &amp; rest.");
    }

    @Test
    void anUnknownRoutineIsOneSentenceExitTwoAndNoFile() throws IOException {
        int code = run("--print-routine", "marathon", temp.resolve("x.html").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly(
                "There is no routine 'marathon'. Choose one of: full, sitting, standing, quick.");
        assertThat(out.toString()).isEmpty();
        assertNothingIn(temp);
    }

    @Test
    void aMissingFolderIsOneSentenceExitOneAndIsNotMade() throws IOException {
        Path file = temp.resolve("no-such-folder").resolve("full.html");

        int code = run("--print-routine", "full", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "Cannot write " + file + ": there is no such folder.");
        assertThat(out.toString()).isEmpty();
        assertNothingIn(temp);
    }

    @Test
    void aFolderWhereTheSheetShouldGoIsOneSentenceAndExitOne() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("full.html"));

        int code = run("--print-routine", "full", folder.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("Cannot write " + folder + ": it is a folder.");
        try (Stream<Path> inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void theOptionNeedsBothARoutineAndAFile() {
        int code = run("--print-routine", "full");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("--print-routine");
    }

    @Test
    void helpNamesTheOption() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--print-routine=ID FILE.html", "large-print page to print");
    }

    private static void assertNothingIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
