package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.swing.JLabel;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voice outside the exercises: the two questions at the end ("next"/"back" move the highlight, "ready" or "done"
 * choose, as the keys do), and help, opened and left by voice; and on the start screen every command, said, keyed or
 * touched, answered and logged as in a session. The commands enter where the voice input sends them;
 * virtual time, no waiting.
 */
@GuiTest
class VoiceOnScreensGuiTest {
    private static final long STEP_MILLIS = 100;
    private static final long MAX_VIRTUAL_MILLIS = 60_000;

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    /** How often the "heard you" sound was played. */
    private final AtomicInteger answered = new AtomicInteger();
    private CommandRouter commands;
    private GuiRobot gui;
    private FrameFixture frame;

    /** Opens the flow in a window, runs {@code steps}, closes the window; the event log is returned for checks. */
    private EventLines withFlow(java.util.function.Consumer<ScreenFlow> open, Runnable steps) throws Exception {
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            commands = new CommandRouter(log, answered::incrementAndGet);
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                open.accept(new ScreenFlow(w, ContentLoader.loadBundled().content(),
                        new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                                sessionClock -> List.of()),
                        clock.source(), log, commands));
                return w;
            });
            try {
                frame = gui.frame(AppWindow.NAME);
                steps.run();
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
        return new EventLines(events);
    }

    @Test
    void effortAndPainByVoice(GuiRobot robot) throws Exception {
        gui = robot;
        EventLines lines = withFlow(flow -> flow.startSession("quick"), () -> {
            say(Command.STOP);
            advanceUntil("the summary", () -> showing("summary-screen"));

            clock.advanceBy(2_000);
            say(Command.NEXT, Command.NEXT);
            assertThat(highlighted("effort-2")).isTrue();
            say(Command.GO);
            clock.advanceBy(2_000);
            say(Command.BACK);
            assertThat(highlighted("pain-10")).as("back from the first answer wraps to 10").isTrue();
            say(Command.DONE);
            assertThat(showing("summary-thanks")).isTrue();
            say(Command.STOP);
            assertThat(showing("summary-thanks")).as("stop is not taken at the end").isTrue();
            assertThat(heardShown()).as("but it was heard").isEqualTo("Heard: Stop");
            clock.advanceBy(2_000);
            say(Command.GO);
            assertThat(showing("start-screen")).isTrue();
        });
        JsonObject feedback = lines.ofType("session-feedback").get(0);
        assertThat(feedback.get("effort").getAsInt()).isEqualTo(2);
        assertThat(feedback.get("pain").getAsInt()).isEqualTo(10);
        // The session's own commands are logged where every other command is.
        assertThat(voiceCommands(lines)).containsExactly("stop/true", "next/true", "next/true", "go/true",
                "back/true", "done/true", "stop/false", "go/true");
    }

    @Test
    void helpOnTheStartScreenOpensAndClosesByVoice(GuiRobot robot) throws Exception {
        gui = robot;
        EventLines lines = withFlow(ScreenFlow::showStart, () -> {
            say(Command.HELP);
            assertThat(showing("help-screen")).isTrue();
            say(Command.GO);
            assertThat(showing("start-screen")).as("back at the start, no routine started").isTrue();
        });
        assertThat(voiceCommands(lines)).containsExactly("help/true", "go/true");
        assertThat(lines.ofType("session-started")).isEmpty();
    }

    @Test
    void everyCommandOnTheStartScreenIsAnsweredWithTheSoundAndWhatWasHeard(GuiRobot robot) throws Exception {
        gui = robot;
        EventLines lines = withFlow(ScreenFlow::showStart, () -> {
            say(Command.NEXT);
            assertThat(heardShown()).isEqualTo("Heard: Next");
            assertThat(highlighted("routine-sitting")).isTrue();
            say(Command.PAUSE);
            assertThat(heardShown()).as("heard, though it means nothing here").isEqualTo("Heard: Pause");
            assertThat(highlighted("routine-sitting")).isTrue();
        });
        assertThat(answered.get()).isEqualTo(2);
        assertThat(voiceCommands(lines)).containsExactly("next/true", "pause/false");
    }

    @Test
    void keysAndTouchOnTheStartScreenAreLoggedAsCommandsWithTheirSource(GuiRobot robot) throws Exception {
        gui = robot;
        EventLines lines = withFlow(ScreenFlow::showStart, () -> {
            frame.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
            gui.robot().waitForIdle();
            assertThat(heardShown()).isEqualTo("Heard: Next");
            frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
            gui.robot().waitForIdle();
            assertThat(heardShown()).as("heard, though it means nothing here").isEqualTo("Heard: Stop");
            frame.button("routine-quick").click();
            gui.robot().waitForIdle();
        });
        assertThat(lines.ofType("command").stream()
                .map(c -> c.get("name").getAsString() + "/" + c.get("source").getAsString() + "/"
                        + c.get("acted").getAsBoolean()).toList())
                .startsWith("next/key/true", "stop/key/false", "go/touch/true");
        assertThat(lines.ofType("routine-chosen").get(0).get("routine").getAsString()).isEqualTo("quick");
        assertThat(answered.get()).isEqualTo(3);
    }

    @Test
    void resumingByVoiceBringsTheSessionBackFromHelpOpenedByTouch(GuiRobot robot) throws Exception {
        gui = robot;
        withFlow(flow -> flow.startSession("quick"), () -> {
            advanceUntil("the session", () -> showing("session-screen"));
            frame.button("control-help").click();
            advanceUntil("help, once the session has taken it", () -> showing("help-screen"));
            say(Command.GO);
            assertThat(showing("session-screen")).as("the count is not left behind the help").isTrue();
        });
    }

    private static List<String> voiceCommands(EventLines lines) {
        return lines.ofType("command").stream()
                .filter(c -> c.get("source").getAsString().equals("voice"))
                .map(c -> c.get("name").getAsString() + "/" + c.get("acted").getAsBoolean()).toList();
    }

    private void say(Command... said) {
        for (Command command : said) {
            commands.send(command, CommandSource.VOICE);
            gui.robot().waitForIdle();
        }
    }

    private void advanceUntil(String what, BooleanSupplier test) {
        clock.advanceUntil(gui, what, test, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
    }

    /** The "Heard: ..." flash's words, or null when it is not showing. */
    private String heardShown() {
        return gui.onEdt(() -> {
            JLabel heard = frame.label("heard").target();
            return heard.isShowing() ? heard.getText() : null;
        });
    }

    private boolean showing(String name) {
        return gui.showing(frame, name);
    }

    private boolean highlighted(String buttonName) {
        return gui.onEdt(() -> String.valueOf(frame.button(buttonName).target()
                .getClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS)).contains("highlighted"));
    }
}
