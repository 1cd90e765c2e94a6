package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.store.SettingsStore;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.StartScreen;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learn keys in the real window: a pedal's F13 learnt for Next by pressing it, kept in settings.json, and acting on
 * the start screen shown next; Escape goes back and is never learnt.
 */
@GuiTest
class LearnKeysGuiTest {
    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final Content content = ContentLoader.loadBundled().content();
    private GuiRobot gui;
    private FrameFixture frame;
    private PedalPresses pedal;

    @Test
    void f13LearntForNextMovesTheHighlightOnTheStartScreen(GuiRobot robot) throws Exception {
        withLearnKeys(robot, (settings, events) -> {
            frame.textBox("learn-keys-prompt").requireText("Press the pedal for Go now.");
            frame.button("learn-keys-skip").click();
            frame.textBox("learn-keys-prompt").requireText("Press the pedal for Next now.");

            pedal.press(KeyEvent.VK_F13, PedalPresses.SHORT_MILLIS);

            frame.textBox("learn-keys-told").requireText("Learnt: F13 means Next.");
            assertThat(SettingsStore.open(temp.resolve("settings.json"), Clock.systemUTC(), line -> { })
                    .preferences().learntKeys()).isEqualTo(Map.of("F13", "next"));
            frame.button("learn-keys-done").click();
            frame.panel("start-screen").requireVisible();
            StartScreen start = (StartScreen) frame.panel("start-screen").target();
            assertThat(gui.onEdt(start::highlightedRoutine)).isEqualTo(content.routines().get(0));

            pedal.press(KeyEvent.VK_F13, PedalPresses.SHORT_MILLIS);

            assertThat(gui.onEdt(start::highlightedRoutine)).isEqualTo(content.routines().get(1));
            assertThat(events.ofType("command")).extracting(e -> e.get("name").getAsString() + " "
                    + e.get("source").getAsString() + " " + e.get("acted").getAsBoolean())
                    .containsExactly("next touch true", "done touch true", "next key true");
        });
    }

    /** The app as it starts reads the learnt keys from the settings in its data folder. */
    @Test
    void keysLearntInTheSettingsActInTheAppAsItStarts(GuiRobot robot) throws Exception {
        gui = robot;
        Path data = Files.createDirectories(temp.resolve("data"));
        SettingsStore.open(DataDirectory.settings(data), Clock.systemUTC(), line -> fail(line))
                .save(Preferences.defaults().withLearntKeys(Map.of("F13", "next", "SPACE", "back")));
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--windowed", "1024x768", "--data-dir", data.toString(), "--event-log",
                temp.resolve("events.jsonl").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as("stderr: %s", err).isZero();
        frame = gui.frame(AppWindow.NAME);
        pedal = new PedalPresses(gui, frame);
        StartScreen start = (StartScreen) frame.panel("start-screen").target();

        pedal.press(KeyEvent.VK_F13, PedalPresses.SHORT_MILLIS);
        assertThat(gui.onEdt(start::highlightedRoutine)).isEqualTo(content.routines().get(1));
        pedal.press(KeyEvent.VK_SPACE, PedalPresses.SHORT_MILLIS);

        assertThat(gui.onEdt(start::highlightedRoutine)).as("Space learnt for Back starts nothing")
                .isEqualTo(content.routines().get(0));
        frame.panel("start-screen").requireVisible();
    }

    @Test
    void escapeGoesBackAndIsNotLearnt(GuiRobot robot) throws Exception {
        withLearnKeys(robot, (settings, events) -> {
            pedal.press(KeyEvent.VK_ESCAPE, PedalPresses.SHORT_MILLIS);

            frame.panel("start-screen").requireVisible();
            assertThat(settings.preferences().learntKeys()).isEmpty();
            assertThat(events.ofType("command")).extracting(e -> e.get("name").getAsString() + " "
                    + e.get("source").getAsString()).containsExactly("stop key");
        });
    }

    @Test
    void aKeyPressedWithCtrlIsNotLearntForItWouldNeverAct(GuiRobot robot) throws Exception {
        withLearnKeys(robot, (settings, events) -> {
            gui.onEdt(() -> {
                JRootPane root = ((JFrame) frame.target()).getRootPane();
                root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_PRESSED, 5_000, KeyEvent.CTRL_DOWN_MASK,
                        KeyEvent.VK_B, KeyEvent.CHAR_UNDEFINED));
                root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_RELEASED, 5_100, KeyEvent.CTRL_DOWN_MASK,
                        KeyEvent.VK_B, KeyEvent.CHAR_UNDEFINED));
                return null;
            });

            frame.textBox("learn-keys-told").requireText("That key cannot be learnt. Press another key.");
            assertThat(settings.preferences().learntKeys()).isEmpty();
        });
    }

    @Test
    void aKeyHeldDownFromTheScreenBeforeIsNotLearnt(GuiRobot robot) throws Exception {
        // Right goes down on the start screen, and repeats on Learn keys until it comes up: none of it is learnt.
        withLearnKeys(robot, root -> key(root, KeyEvent.KEY_PRESSED, KeyEvent.VK_RIGHT, 5_000), (settings, events) -> {
            gui.onEdt(() -> {
                JRootPane root = ((JFrame) frame.target()).getRootPane();
                for (long t = 5_660; t < 6_000; t += 40) {
                    key(root, KeyEvent.KEY_PRESSED, KeyEvent.VK_RIGHT, t);
                }
                key(root, KeyEvent.KEY_RELEASED, KeyEvent.VK_RIGHT, 6_000);
                return null;
            });
            frame.textBox("learn-keys-prompt").requireText("Press the pedal for Go now.");
            assertThat(gui.showing(frame, "learn-keys-told")).isFalse();

            pedal.press(KeyEvent.VK_RIGHT, PedalPresses.SHORT_MILLIS);

            frame.textBox("learn-keys-told").requireText("Learnt: Right means Go.");
            assertThat(settings.preferences().learntKeys()).isEqualTo(Map.of("RIGHT", "go"));
        });
    }

    private static void key(JRootPane root, int id, int code, long when) {
        root.dispatchEvent(new KeyEvent(root, id, when, 0, code, KeyEvent.CHAR_UNDEFINED));
    }

    /**
     * The app's screens at 1024x768 with settings in {@code temp/settings.json}: the start screen, then Learn keys
     * over it, which goes back to the start.
     */
    private void withLearnKeys(GuiRobot robot, Steps steps) throws Exception {
        withLearnKeys(robot, root -> { }, steps);
    }

    /** As above, {@code onStart} done on the start screen (on the EDT) before Learn keys shows. */
    private void withLearnKeys(GuiRobot robot, Consumer<JRootPane> onStart, Steps steps) throws Exception {
        gui = robot;
        Path events = temp.resolve("events.jsonl");
        SettingsStore settings = SettingsStore.open(temp.resolve("settings.json"), Clock.systemUTC(), line -> { });
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            CommandRouter commands = new CommandRouter(log, () -> { }, () -> settings.preferences().learntKeys());
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                return AppWindow.windowed(1024, 768);
            });
            SessionServices services = new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                    sessionClock -> List.of());
            ScreenFlow flow = gui.onEdt(() -> new ScreenFlow(window, content, services, clock.source(), log,
                    commands, PhraseVoice.none()));
            try {
                gui.onEdt(() -> {
                    flow.showStart();
                    return null;
                });
                frame = gui.frame(AppWindow.NAME);
                frame.panel("start-screen").requireVisible();
                gui.onEdt(() -> {
                    onStart.accept(((JFrame) frame.target()).getRootPane());
                    new LearnKeysFlow(window, commands, PhraseVoice.none(), settings::preferences,
                            settings::save).show(flow::showStart);
                    return null;
                });
                frame.panel("learn-keys-screen").requireVisible();
                pedal = new PedalPresses(gui, frame);
                steps.run(settings, new EventLines(events));
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
    }

    @FunctionalInterface
    private interface Steps {
        void run(SettingsStore settings, EventLines events);
    }
}
