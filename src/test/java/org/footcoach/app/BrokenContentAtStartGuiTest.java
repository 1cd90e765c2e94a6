package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.ContentErrorScreen;
import org.footcoach.ui.StartScreen;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the bundled exercise file given to the app as it starts ({@code --content}), through
 * {@link Main} as a person starts it: within 5 s each shows the start screen, or the error screen whose every line
 * names the file and the place, with nothing on standard error (no stack trace, no uncaught problem). 30 here;
 * {@code -Dfuzz.count=N} (and {@code -Dfuzz.seed=N}) for more. The same seed gives the mutations
 * {@code ContentFuzzTest} checks through {@code --validate}.
 */
@GuiTest
class BrokenContentAtStartGuiTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 30);
    private static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    private static final Duration HANG = Duration.ofSeconds(5);
    /** The first window of a JVM loads Swing, the look and feel and the fonts: seconds on a busy machine. */
    private static final Duration FIRST_START = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final List<String> problems = new ArrayList<>();

    /** Once as a person starts it, so the limit of each start that follows is the content's time, not Swing's. */
    @BeforeEach
    void startOnceWithTheBundledContent(GuiRobot gui) {
        assertThat(start(gui, null, -1, "the bundled content", FIRST_START)).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMutationOpensTheStartScreenOrErrorsThatNameThePlaceWithinFiveSeconds(GuiRobot gui) throws IOException {
        String original = Files.readString(Path.of("exercises.json"), StandardCharsets.UTF_8);
        ContentMutations mutations = new ContentMutations(original, SEED);
        int broken = 0;
        for (int i = 0; i < COUNT; i++) {
            ContentMutations.Mutation mutation = mutations.next();
            Path file = temp.resolve("mutant-" + i + ".json");
            Files.write(file, mutation.bytes());
            broken += start(gui, file, i, "#" + i + " " + mutation.what(), HANG) ? 1 : 0;
        }
        assertThat(problems).isEmpty();
        assertThat(broken).as("mutations found broken").isGreaterThan(COUNT / 3);
    }

    @Test
    void aFolderWhereTheFileShouldBeShowsOneLineNamingIt(GuiRobot gui) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("exercises.json"));

        assertThat(start(gui, folder, 0, "a folder", HANG)).isTrue();
        assertThat(problems).isEmpty();
    }

    /**
     * Starts the app on {@code file} (null: the bundled content) and gives it {@code limit} to show its first screen;
     * what breaks the rules goes to {@link #problems}. Returns whether it showed the error screen. The window is closed
     * again before it returns.
     */
    private boolean start(GuiRobot gui, Path file, int run, String what, Duration limit) {
        Path log = temp.resolve("events-" + run + ".jsonl");
        StringWriter err = new StringWriter();
        long startedNanos = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--windowed", "1024x768", "--audio-out", "none",
                "--no-voice-commands", "--event-log", log.toString(), "--data-dir", temp.resolve("data").toString()));
        if (file != null) {
            args.addAll(List.of("--content", file.toString()));
        }
        int code = assertTimeoutPreemptively(limit, () -> Main.run(args.toArray(String[]::new),
                new PrintWriter(new StringWriter()), new PrintWriter(err)), what + " hung");
        if (code != ExitCode.OK) {
            problems.add(what + ": exit " + code + " " + err);
            return false;
        }
        EventLines events = new EventLines(log);
        long left = limit.toMillis() - Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        Pause.pause(new Condition(what + ": a first screen") {
            @Override
            public boolean test() {
                return !events.ofType("screen").isEmpty();
            }
        }, Timeout.timeout(Math.max(1, left)));
        String screen = events.ofType("screen").get(0).get("name").getAsString();
        FrameFixture frame = gui.frame(AppWindow.NAME);
        boolean errors = ContentErrorScreen.SCREEN_NAME.equals(screen);
        if (errors) {
            String shown = gui.onEdt(() -> frame.textBox("error-lines").text());
            for (String line : shown.split("\n\n")) {
                if (!line.startsWith(file + ": ") || line.contains("Exception") || line.contains("\tat ")
                        || line.contains("JsonReader")) {
                    problems.add(what + ": shows " + line);
                }
            }
            List<String> logged = events.ofType("error").stream().map(e -> e.get("message").getAsString()).toList();
            if (!String.join("\n\n", logged).equals(shown)) {
                problems.add(what + ": logged " + logged + " but shows " + shown);
            }
        } else if (!StartScreen.SCREEN_NAME.equals(screen)) {
            problems.add(what + ": first screen " + screen);
        }
        gui.onEdt(() -> {
            frame.target().dispose();
            return null;
        });
        gui.waitUntil(what + ": window closed", () -> !gui.onEdt(() -> frame.target().isDisplayable()));
        if (!err.toString().isEmpty()) {
            problems.add(what + ": said on standard error " + err);
        }
        if (!errors && events.types().contains("error")) {
            problems.add(what + ": start screen, yet logged " + events.ofType("error"));
        }
        return errors;
    }
}
