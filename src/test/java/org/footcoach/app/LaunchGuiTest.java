package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentError;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.session.DoseChoice;
import org.footcoach.session.DoseChoices;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.PlanDuration;
import org.footcoach.session.SessionSettings;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.HistoryStore;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@GuiTest
class LaunchGuiTest {
    @TempDir
    Path temp;

    @Test
    void logsStartUpWindowAndScreen(GuiRobot gui) {
        Path log = temp.resolve("logs").resolve("events.jsonl");
        int code = Main.run(new String[] {"--windowed", "1280x800", "--event-log", log.toString(),
                "--data-dir", temp.resolve("data").toString()}, silent(), silent());
        assertThat(code).isZero();
        gui.frame(AppWindow.NAME).requireVisible();

        EventLines events = new EventLines(log);
        gui.waitUntil("window-shown logged", () -> !events.ofType("window-shown").isEmpty());
        assertThat(events.types()).first().isEqualTo("app-started");
        assertThat(events.types()).contains("screen", "window-shown").doesNotContain("error");
        JsonObject window = events.ofType("window-shown").get(0);
        assertThat(window.get("full_screen").getAsBoolean()).isFalse();
        assertThat(window.get("width").getAsInt()).isGreaterThanOrEqualTo(1280);
        assertThat(events.ofType("screen").get(0).get("name").getAsString()).isEqualTo("start");
        assertThat(temp.resolve("data")).isDirectory();
    }

    @Test
    void aBrokenHistoryFileIsSetAsideAndSaidInTheBannerAndTheLog(GuiRobot gui) throws IOException {
        Path history = Files.createDirectories(temp.resolve("data").resolve("history"));
        Path broken = Files.writeString(history.resolve("20261201T080000.000Z.json"), "{\"version\":1,\"sta");
        Path log = temp.resolve("events.jsonl");

        int code = Main.run(new String[] {"--windowed", "1024x768", "--event-log", log.toString(),
                "--data-dir", temp.resolve("data").toString()}, silent(), silent());

        assertThat(code).isZero();
        FrameFixture frame = gui.frame(AppWindow.NAME);
        gui.waitUntil("the banner says so", () -> gui.onEdt(() -> frame.textBox("banner").text())
                .startsWith("A history file could not be read, so it was moved aside as 20261201T080000.000Z.json"
                        + ".corrupt-"));
        assertThat(broken).doesNotExist();
        try (var left = Files.list(history)) {
            assertThat(left).singleElement().satisfies(aside -> assertThat(aside).hasContent("{\"version\":1,\"sta"));
        }
        assertThat(new EventLines(log).ofType("data-problem")).singleElement()
                .satisfies(e -> assertThat(e.get("message").getAsString()).contains("moved aside"));
        frame.panel("start-screen").requireVisible();
    }

    private int usualMinutesOfTheFullRoutine() {
        Content content = ContentLoader.loadBundled().content();
        return PlanDuration.minutes(new PlanBuilder().build(content, "full"), SessionSettings.defaults());
    }

    private static int minutesOn(FrameFixture frame, GuiRobot gui, String routine) {
        String text = gui.onEdt(() -> frame.button("routine-" + routine).text());
        Matcher minutes = Pattern.compile("(\\d+) min$").matcher(text);
        assertThat(minutes.find()).as(text).isTrue();
        return Integer.parseInt(minutes.group(1));
    }

    @Test
    void theSettingsFileLeadsTheSessions(GuiRobot gui) throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("settings.json"), "{\"version\":1,\"doses\":{\"ankle-pumps\":{\"reps\":15}},"
                + "\"tempo\":2.0,\"before_standing\":\"countdown\",\"voice_commands\":true}");

        Main.run(new String[] {"--windowed", "1024x768", "--event-log", temp.resolve("events.jsonl").toString(),
                "--data-dir", data.toString()}, silent(), silent());

        DoseChoice moreReps = new DoseChoice(OptionalInt.empty(), OptionalInt.of(15), OptionalInt.empty(),
                OptionalInt.empty());
        Plan plan = new PlanBuilder(new Phrases(), new DoseChoices(Map.of("ankle-pumps", moreReps)))
                .build(ContentLoader.loadBundled().content(), "full");
        int slower = PlanDuration.minutes(plan, SessionSettings.defaults().withTempoFactor(2.0));
        assertThat(slower).isGreaterThan(usualMinutesOfTheFullRoutine());
        assertThat(minutesOn(gui.frame(AppWindow.NAME), gui, "full")).as("counted at half speed, more reps")
                .isEqualTo(slower);
    }

    @Test
    void aBrokenSettingsFileIsSetAsideAndTheUsualSettingsLead(GuiRobot gui) throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("settings.json"), "{\"version\":1,\"tempo\":");

        Main.run(new String[] {"--windowed", "1024x768", "--event-log", temp.resolve("events.jsonl").toString(),
                "--data-dir", data.toString()}, silent(), silent());

        FrameFixture frame = gui.frame(AppWindow.NAME);
        gui.waitUntil("the banner says so", () -> gui.onEdt(() -> frame.textBox("banner").text())
                .startsWith("The settings in " + data.resolve("settings.json") + " could not be read, so they were"
                        + " moved aside"));
        assertThat(minutesOn(frame, gui, "full")).isEqualTo(usualMinutesOfTheFullRoutine());
    }

    @Test
    void aRoutineStoppedPartWayAWhileAgoGoesOnFromWhereItStopped(GuiRobot gui) {
        Content content = ContentLoader.loadBundled().content();
        List<Exercise> full = content.exercisesOf(content.routine("full").orElseThrow());
        List<ExerciseDone> done = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            done.add(new ExerciseDone(full.get(i).id(), full.get(i).name(), full.get(i).kind(), 2, i < 3 ? 2 : 0, 0,
                    0, 0, 0, 0, false, i <= 3));
        }
        Instant started = Instant.now().minusSeconds(1800);
        Path data = temp.resolve("data");
        HistoryStore.open(DataDirectory.history(data), Clock.systemUTC(), line -> { }).save(new PastSession("s",
                started, Optional.of(started.plusSeconds(600)), "full", "Full routine", Ending.STOPPED,
                OptionalInt.empty(), OptionalInt.empty(), done));
        Path log = temp.resolve("events.jsonl");

        Main.run(new String[] {"--windowed", "1024x768", "--event-log", log.toString(), "--data-dir",
                data.toString(), "--audio-out", "none", "--no-voice-commands"}, silent(), silent());
        FrameFixture frame = gui.frame(AppWindow.NAME);

        assertThat(gui.onEdt(() -> frame.button("go-on-full").text())).isEqualTo("Go on from " + full.get(3).name());
        frame.button("go-on-full").click();
        EventLines events = new EventLines(log);
        gui.waitUntil("the session started", () -> !events.ofType("session-started").isEmpty());
        assertThat(events.ofType("routine-chosen")).singleElement()
                .satisfies(e -> assertThat(e.get("from_exercise").getAsInt()).isEqualTo(3));
        assertThat(events.ofType("session-started")).singleElement().satisfies(e -> {
            assertThat(e.get("first_exercise").getAsString()).isEqualTo(full.get(3).id());
            assertThat(e.get("exercises").getAsInt()).isEqualTo(full.size() - 3);
        });
    }

    @Test
    void fullScreenByDefault(GuiRobot gui) {
        Path log = temp.resolve("events.jsonl");
        int code = Main.run(new String[] {"--event-log", log.toString(), "--data-dir", temp.toString()},
                silent(), silent());
        assertThat(code).isZero();
        FrameFixture frame = gui.frame(AppWindow.NAME);

        Rectangle screen = gui.onEdt(() -> frame.target().getGraphicsConfiguration().getBounds());
        assertThat(gui.onEdt(() -> frame.target().isUndecorated())).isTrue();
        assertThat(gui.onEdt(() -> frame.target().getBounds())).isEqualTo(screen);
        EventLines events = new EventLines(log);
        gui.waitUntil("window-shown logged", () -> !events.ofType("window-shown").isEmpty());
        JsonObject shown = events.ofType("window-shown").get(0);
        assertThat(shown.get("full_screen").getAsBoolean()).isTrue();
        assertThat(shown.get("width").getAsInt()).isEqualTo(screen.width);
        assertThat(shown.get("height").getAsInt()).isEqualTo(screen.height);
    }

    @Test
    void brokenContentShowsEveryErrorInsteadOfCrashing(GuiRobot gui) throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("truncated.json").toURI());
        List<String> expected = ContentLoader.load(broken).errors().stream().map(ContentError::line).toList();
        assertThat(expected).isNotEmpty();
        Path log = temp.resolve("events.jsonl");
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"--windowed", "1024x768", "--content", broken.toString(),
                "--event-log", log.toString(), "--data-dir", temp.toString()}, silent(), new PrintWriter(err));

        assertThat(code).isZero();
        FrameFixture frame = gui.frame(AppWindow.NAME);
        frame.panel("content-error-screen").requireVisible();
        String shown = frame.textBox("error-lines").text();
        assertThat(shown.lines().filter(line -> !line.isBlank()).toList()).isEqualTo(expected);
        assertThat(err.toString()).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Exception in thread");

        EventLines events = new EventLines(log);
        assertThat(events.ofType("screen").get(0).get("name").getAsString()).isEqualTo("content-errors");
        assertThat(events.ofType("error").stream().map(e -> e.get("message").getAsString()).toList())
                .isEqualTo(expected);

        frame.button("errors-close").click();
        gui.waitUntil("window closed", () -> !gui.onEdt(() -> frame.target().isDisplayable()));
    }

    @Test
    void escapeClosesTheErrorScreen(GuiRobot gui) throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("truncated.json").toURI());
        int code = Main.run(new String[] {"--windowed", "1024x768", "--content", broken.toString(),
                "--data-dir", temp.toString()}, silent(), silent());
        assertThat(code).isZero();
        FrameFixture frame = gui.frame(AppWindow.NAME);
        frame.panel("content-error-screen").requireVisible();

        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        gui.waitUntil("window closed", () -> !gui.onEdt(() -> frame.target().isDisplayable()));
    }

    private static PrintWriter silent() {
        return new PrintWriter(new StringWriter());
    }
}
