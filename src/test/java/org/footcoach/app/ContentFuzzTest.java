package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the bundled exercise file through {@code --validate}: each ends in OK or in clear lines that
 * name the file and the place, never a stack trace, never a hang (5 s each at most). 300 here;
 * {@code -Dfuzz.count=1000} (and {@code -Dfuzz.seed=N}) for the long run.
 */
class ContentFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    private static final Duration HANG = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyMutationEndsInOkOrClearLinesThatNameThePlace() throws IOException {
        String original = Files.readString(Path.of("exercises.json"), StandardCharsets.UTF_8);
        ContentMutations mutations = new ContentMutations(original, SEED);
        int failed = 0;
        for (int i = 0; i < COUNT; i++) {
            ContentMutations.Mutation mutation = mutations.next();
            Path file = temp.resolve("mutant-" + i + ".json");
            Files.write(file, mutation.bytes());
            failed += validate(file, "#" + i + " " + mutation.what()) == ExitCode.PROBLEM ? 1 : 0;
        }
        assertThat(problems).isEmpty();
        assertThat(failed).as("mutations found broken").isGreaterThan(COUNT / 2);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedInOneClearLine() throws IOException {
        Path file = temp.resolve("huge.json");
        byte[] spaces = new byte[50 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        spaces[0] = '[';
        Files.write(file, spaces);

        assertThat(validate(file, "50 MB")).isEqualTo(ExitCode.PROBLEM);
        assertThat(problems).isEmpty();
    }

    @Test
    void aFolderWhereTheFileShouldBeIsOneClearLine() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("exercises.json"));

        assertThat(validate(folder, "a folder")).isEqualTo(ExitCode.PROBLEM);
        assertThat(problems).isEmpty();
    }

    /** Runs {@code --validate FILE}; what breaks the rules goes to {@link #problems}. Returns the exit code. */
    private int validate(Path file, String what) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(HANG, () -> Main.run(new String[] {"--validate", file.toString()},
                new PrintWriter(out), new PrintWriter(err)), what + " hung");
        List<String> lines = err.toString().lines().toList();
        if (code == ExitCode.OK) {
            if (!lines.isEmpty()) {
                problems.add(what + ": OK, yet said " + lines);
            }
        } else if (code != ExitCode.PROBLEM) {
            problems.add(what + ": exit " + code + " " + lines);
        } else if (lines.isEmpty()) {
            problems.add(what + ": exit 1 and not a word");
        } else {
            for (String line : lines) {
                if (!line.startsWith(file + ": ") || line.contains("Exception") || line.contains("\tat ")
                        || line.contains("JsonReader")) {
                    problems.add(what + ": " + line);
                }
            }
        }
        return code;
    }
}
