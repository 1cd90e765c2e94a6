package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A press that belongs to the screen before (the second tap of a double tap that changed the screen, a key still held
 * down since then) does nothing on the screen that replaced it. The real window, the engine on a virtual clock.
 */
@GuiTest
class PressesAcrossScreensGuiTest {
    private static final long STEP_MILLIS = 250;
    private static final long MAX_VIRTUAL_MILLIS = 5 * 60_000;
    /** Auto-repeat as X sends it by default: after 660 ms, 25 presses a second, no release in between. */
    private static final long REPEAT_DELAY_MILLIS = 660;
    private static final long REPEAT_MILLIS = 40;

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private GuiRobot gui;
    private FrameFixture frame;

    private final SessionListener recorder = new SessionListener() {
        @Override
        public void command(Command command, CommandSource source, boolean acted) {
            heard.add(command.logName() + "/" + source.logName() + "/" + acted);
        }
    };

    @Test
    void aDoubleTapOnHelpsBackDoesNotStopTheSession(GuiRobot robot) {
        launch(robot, "sitting");
        advanceUntil("the first exercise", () -> gui.showing(frame, "exercise-name"));
        Rectangle stop = boundsInWindow("control-stop");

        frame.button("control-help").click();
        advanceUntil("help, once the session has taken it", () -> gui.showing(frame, "help-screen"));
        Rectangle both = boundsInWindow("help-close").intersection(stop);
        assertThat(both.isEmpty()).as("Help's Back lies over the session's Stop").isFalse();
        gui.robot().click(onScreen(both), MouseButton.LEFT_BUTTON, 2);
        gui.robot().waitForIdle();

        frame.panel("session-screen").requireVisible();
        clock.advanceBy(5_000);
        gui.robot().waitForIdle();
        assertThat(heard).containsExactly("help/touch/true");
        assertThat(gui.showing(frame, "summary-screen")).isFalse();
    }

    @Test
    void aSpacePedalHeldOnTheSummaryIsOnePressThatGivesNoAnswerAndLeavesNothing(GuiRobot robot) {
        launch(robot, "sitting");
        advanceUntil("the first exercise", () -> gui.showing(frame, "exercise-name"));
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_ESCAPE, 5_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_ESCAPE, 5_100);
        advanceUntil("the summary", () -> gui.showing(frame, "summary-screen"));

        // The pedal that stopped the session stays down and repeats as the question appears: one press, and one
        // that comes with the question is not an answer (the summary waits a moment before a press answers).
        holdKey(KeyEvent.VK_SPACE, 10_000, 3_000);

        frame.panel("summary-screen").requireVisible();
        assertThat(gui.showing(frame, "effort-question")).as("still asking how hard it was").isTrue();
        assertThat(heard).containsExactly("stop/key/true");
        assertThat(new EventLines(temp.resolve("events.jsonl")).ofType("command"))
                .extracting(c -> c.get("name").getAsString() + "/" + c.get("acted").getAsBoolean())
                .containsExactly("stop/true", "go/false");

        // Going back takes two deliberate presses; the next press of the pedal is then for the start screen.
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_ESCAPE, 15_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_ESCAPE, 15_100);
        frame.panel("summary-screen").requireVisible();
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_ESCAPE, 16_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_ESCAPE, 16_100);
        frame.panel("start-screen").requireVisible();
        assertThat(new EventLines(temp.resolve("events.jsonl")).ofType("routine-chosen")).isEmpty();
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_SPACE, 20_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_SPACE, 20_100);
        advanceUntil("a new session", () -> gui.showing(frame, "session-screen"));
    }

    @Test
    void anF1HeldDownOpensHelpAndLeavesItOpen(GuiRobot robot) {
        launch(robot, "sitting");
        advanceUntil("the first exercise", () -> gui.showing(frame, "exercise-name"));

        holdKey(KeyEvent.VK_F1, 10_000, 2_000);

        advanceUntil("help, once the session has taken it", () -> gui.showing(frame, "help-screen"));
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_F1, 15_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_F1, 15_100);
        frame.panel("session-screen").requireVisible();
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_F1, 20_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_F1, 20_100);
        advanceUntil("help again", () -> gui.showing(frame, "help-screen"));
    }

    /** The app in a 1024x768 window on the virtual clock, at once in {@code routine}. */
    private void launch(GuiRobot robot, String routine) {
        gui = robot;
        SessionServices services = new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                sessionClock -> List.of(recorder));
        StringWriter err = new StringWriter();
        int code = new DesktopLaunch(new PrintWriter(err), services, clock.source()).start(new LaunchOptions(null,
                temp.resolve("data"), new WindowSize(1024, 768), temp.resolve("events.jsonl"), routine));
        assertThat(code).as("stderr: %s", err).isZero();
        frame = gui.frame(AppWindow.NAME);
    }

    private void advanceUntil(String what, BooleanSupplier test) {
        clock.advanceUntil(gui, what, test, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
    }

    /** {@code key} goes down at {@code from} and repeats as a held key does until it comes up {@code millis} later. */
    private void holdKey(int code, long from, long millis) {
        key(KeyEvent.KEY_PRESSED, code, from);
        for (long t = from + REPEAT_DELAY_MILLIS; t < from + millis; t += REPEAT_MILLIS) {
            key(KeyEvent.KEY_PRESSED, code, t);
        }
        key(KeyEvent.KEY_RELEASED, code, from + millis);
    }

    /**
     * A key event with the time a pedal or clicker would give it, sent to the window on the EDT; the session then
     * takes any command it was sent.
     */
    private void key(int id, int code, long when) {
        gui.onEdt(() -> {
            JRootPane root = ((JFrame) frame.target()).getRootPane();
            root.dispatchEvent(new KeyEvent(root, id, when, 0, code, KeyEvent.CHAR_UNDEFINED));
            return null;
        });
        gui.robot().waitForIdle();
        // The session takes what was posted to it at once, as its own thread does in real time.
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    private Rectangle boundsInWindow(String name) {
        return gui.onEdt(() -> {
            JComponent c = (JComponent) frame.robot().finder().findByName(frame.target(), name, true);
            return new Rectangle(c.getLocationOnScreen(), c.getSize());
        });
    }

    private static Point onScreen(Rectangle area) {
        return new Point((int) area.getCenterX(), (int) area.getCenterY());
    }
}
