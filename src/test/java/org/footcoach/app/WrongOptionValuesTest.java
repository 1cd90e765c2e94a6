package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option given a wrong value, as a person might type it: one plain sentence, a non-zero exit, nothing on
 * standard output and nothing half written. None of these opens a window. {@code {dir}} in a case is a fresh folder,
 * {@code {missing}} a folder that is not there, {@code {file}} a file that is not what the option wants.
 */
class WrongOptionValuesTest {
    @TempDir
    Path dir;

    static Stream<String> cases() {
        return Stream.of(
                "--routine nope --export-audio {dir}/a.wav",
                "--routine quick --export-audio {missing}/a.wav",
                "--routine quick --export-captions {missing}/a.vtt",
                "--routine quick --export-audio {dir}",
                "--windowed 0x0",
                "--windowed tall",
                "--windowed -800x600",
                "--audio-out loud",
                "--theme pink",
                "--voice nobody --routine quick --export-audio {dir}/a.wav",
                "--print-routine nope {dir}/a.html",
                "--print-routine full {missing}/a.html",
                "--print-routine full",
                "--export-history {missing}/a.csv",
                "--data-dir {file} --export-history {dir}/a.csv",
                "--validate {missing}/exercises.json",
                "--validate",
                "--content {missing}/exercises.json --routine quick --export-audio {dir}/a.wav",
                "--content {file} --routine quick --export-captions {dir}/a.vtt",
                "--kiosk --idle-timeout 0",
                "--kiosk --idle-timeout soon",
                "--idle-timeout 30",
                "--no-such-option");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void oneSentenceAndANonZeroExitAndNothingHalfWritten(String line) throws IOException {
        Path file = Files.writeString(dir.resolve("not-json.txt"), "this is not what the option wants");
        String[] args = line.replace("{dir}", dir.toString()).replace("{missing}", dir.resolve("missing").toString())
                .replace("{file}", file.toString()).split(" ");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));

        List<String> said = err.toString().lines().toList();
        assertThat(code).as(line).isIn(ExitCode.PROBLEM, ExitCode.BAD_ARGUMENTS);
        assertThat(said).as(line).hasSize(1);
        assertThat(said.get(0)).as(line).isNotBlank().doesNotContain("Exception", "\tat ", "null");
        assertThat(out.toString()).as(line).isEmpty();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as(line).containsExactly("not-json.txt");
        }
    }
}
