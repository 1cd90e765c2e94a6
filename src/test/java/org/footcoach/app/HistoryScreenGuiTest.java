package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.HistoryStore;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History screen in the real window, over a week of daily sessions run through the engine and kept by the
 * recorder: opened from the start screen and closed again by key, touch and voice, listing the newest sessions and
 * drawing seven in this week, and saving the history as CSV by its Export button.
 */
@GuiTest
class HistoryScreenGuiTest {
    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private GuiRobot gui;
    private FrameFixture frame;
    private CommandRouter commands;

    @Test
    void opensFromTheStartByKeyTouchAndVoiceAndGoesBackTheSameWays(GuiRobot robot) throws Exception {
        withHistory(robot, SimulatedWeek.record(temp.resolve("history")), temp.resolve("home"), events -> {
            frame.button("start-history").click();
            frame.panel("history-screen").requireVisible();
            frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
            frame.panel("start-screen").requireVisible();

            // Back is where History was: a second tap there at once would be a double tap, so open it by key.
            frame.pressAndReleaseKeys(KeyEvent.VK_F2);
            frame.panel("history-screen").requireVisible();
            frame.button("history-back").click();
            frame.panel("start-screen").requireVisible();

            commands.send(Command.HISTORY, CommandSource.VOICE);
            gui.waitUntil("history by voice", () -> gui.showing(frame, "history-screen"));
            commands.send(Command.BACK, CommandSource.VOICE);
            gui.waitUntil("back by voice", () -> gui.showing(frame, "start-screen"));

            frame.pressAndReleaseKeys(KeyEvent.VK_F2);
            frame.pressAndReleaseKeys(KeyEvent.VK_LEFT);
            frame.panel("start-screen").requireVisible();
            assertThat(events.ofType("command")).extracting(e -> e.get("name").getAsString() + " "
                    + e.get("source").getAsString() + " " + e.get("acted").getAsBoolean()).containsExactly(
                    "history touch true", "stop key true", "history key true", "back touch true",
                    "history voice true", "back voice true", "history key true", "back key true");
        });
    }

    @Test
    void listsTheNewestSessionsOfTheWeekAndDrawsSevenInThisWeek(GuiRobot robot) throws Exception {
        withHistory(robot, SimulatedWeek.record(temp.resolve("history")), temp.resolve("home"), events -> {
            frame.button("start-history").click();

            frame.textBox("history-1-when").requireText("Sun 13 Dec, 9:15");
            frame.textBox("history-1-routine").requireText("Quick");
            frame.textBox("history-1-done").requireText("4 of 4 exercises");
            frame.textBox("history-1-effort").requireText("2 of 10");
            frame.textBox("history-1-pain").requireText("0 of 10");
            frame.textBox("history-2-when").requireText("Sat 12 Dec, 9:15");
            frame.textBox("history-2-effort").requireText("4 of 10");
            frame.textBox("history-3-when").requireText("Fri 11 Dec, 9:15");
            frame.textBox("history-3-pain").requireText("0 of 10");
            assertThat(gui.showing(frame, "history-4-when")).as("three shown").isFalse();

            Component chart = gui.onEdt(() -> gui.robot().finder().findByName(frame.target(), "history-chart"));
            String drawn = gui.onEdt(() -> chart.getAccessibleContext().getAccessibleDescription());
            assertThat(drawn).isEqualTo("Sessions each week: 19 Oct: 0, 26 Oct: 0, 2 Nov: 0, 9 Nov: 0, 16 Nov: 0, "
                    + "23 Nov: 0, 30 Nov: 0, This week: 7.");
            assertThat(chart.getHeight()).as("the chart has the room left").isGreaterThan(250);
        });
    }

    @Test
    void exportWritesTheCsvToDocumentsAndSaysWhere(GuiRobot robot) throws Exception {
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("Documents"));
        withHistory(robot, SimulatedWeek.record(temp.resolve("history")), home, events -> {
            // Export is where History was: open by key, so the tap on Export is not the second of a double tap.
            frame.pressAndReleaseKeys(KeyEvent.VK_F2);
            frame.button("history-export").click();

            Path file = home.resolve("Documents").resolve("foot-coach-history-2026-12-13.csv");
            gui.waitUntil("the sentence", () -> gui.showing(frame, "history-told"));
            frame.textBox("history-told").requireText(
                    "The history (7 sessions) is saved in " + file + ". A spreadsheet opens it.");
            List<String> rows = readLines(file);
            assertThat(rows).hasSize(1 + 7 * 4);
            assertThat(rows.get(1)).startsWith("2026-12-07,09:15,Quick,finished,2,0,");
            assertThat(events.ofType("history-exported").get(0).get("file").getAsString()).isEqualTo(file.toString());
        });
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy(GuiRobot robot) throws Exception {
        // No Documents folder: the file goes to the data folder, which is not there.
        withHistory(robot, SimulatedWeek.record(temp.resolve("history")), temp.resolve("home"), events -> {
            frame.pressAndReleaseKeys(KeyEvent.VK_F2);
            commands.send(Command.EXPORT, CommandSource.VOICE);

            Path file = temp.resolve("no-data").resolve("foot-coach-history-2026-12-13.csv");
            gui.waitUntil("the sentence", () -> gui.showing(frame, "history-told"));
            String told = gui.onEdt(() -> frame.textBox("history-told").target().getText());
            assertThat(told).startsWith("The history could not be saved in " + file + ": ").endsWith(".");
            assertThat(events.ofType("error").get(0).get("message").getAsString()).isEqualTo(told);
            assertThat(file).doesNotExist();
        });
    }

    @Test
    void withNoSessionItSaysHowToStartOneAndHasNothingToExport(GuiRobot robot) throws Exception {
        HistoryStore none = HistoryStore.open(temp.resolve("history"), SimulatedWeek.SUNDAY_EVENING, line -> { });
        withHistory(robot, none, temp.resolve("home"), events -> {
            frame.pressAndReleaseKeys(KeyEvent.VK_F2);

            frame.textBox("history-empty").requireText(
                    "No sessions yet. Press Back, then choose your exercises: each session you do is kept here.");
            assertThat(gui.showing(frame, "history-export")).isFalse();
            assertThat(gui.showing(frame, "history-chart")).isFalse();
            frame.pressAndReleaseKeys(KeyEvent.VK_E);
            frame.pressAndReleaseKeys(KeyEvent.VK_PAGE_UP);
            frame.panel("start-screen").requireVisible();
            assertThat(events.ofType("command")).extracting(e -> e.get("name").getAsString() + " "
                    + e.get("acted").getAsBoolean()).containsExactly("history true", "export false", "back true");
        });
    }

    /** The start screen at 1024x768 with {@code store}'s sessions and the data folder {@code temp/no-data}. */
    private void withHistory(GuiRobot robot, HistoryStore store, Path home, Consumer<EventLines> steps)
            throws Exception {
        gui = robot;
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            commands = new CommandRouter(log, () -> { });
            HistoryAccess past = new HistoryAccess(store::sessions, SimulatedWeek.SUNDAY_EVENING,
                    new ScreenHistoryExport(home, temp.resolve("no-data"), SimulatedWeek.SUNDAY_EVENING, log,
                            Runnable::run));
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                new ScreenFlow(w, ContentLoader.loadBundled().content(),
                        new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                                sessionClock -> List.of()),
                        clock.source(), log, commands, PhraseVoice.none(), null, past).showStart();
                return w;
            });
            try {
                frame = gui.frame(AppWindow.NAME);
                steps.accept(new EventLines(events));
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
