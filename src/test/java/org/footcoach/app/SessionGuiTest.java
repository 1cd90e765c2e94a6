package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.Exercise;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.WordRateLength;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session on the real window, by touch and keys, with the engine on a virtual clock that the test moves
 * forward: no sleeping and no real waiting.
 */
@GuiTest
class SessionGuiTest {
    private static final long STEP_MILLIS = 250;
    private static final long MAX_VIRTUAL_MILLIS = 10 * 60_000;

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final List<Boolean> holdsEndedEarly = new CopyOnWriteArrayList<>();
    private volatile SessionState state;
    private GuiRobot gui;
    private FrameFixture frame;

    private final SessionListener recorder = new SessionListener() {
        @Override
        public void command(Command command, CommandSource source, boolean acted) {
            heard.add(command.logName() + "/" + source.logName() + "/" + acted);
        }

        @Override
        public void stateChanged(SessionSnapshot snapshot) {
            state = snapshot.state();
        }

        @Override
        public void holdEnded(Exercise exercise, int side, int set, int secondsHeld, boolean endedEarly) {
            holdsEndedEarly.add(endedEarly);
        }
    };

    private int launch(String... extra) {
        List<String> args = new ArrayList<>(List.of("--windowed", "1024x768", "--data-dir",
                temp.resolve("data").toString(), "--event-log", temp.resolve("events.jsonl").toString()));
        args.addAll(List.of(extra));
        SessionServices services = new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                sessionClock -> List.of(recorder));
        StringWriter err = new StringWriter();
        int code = new DesktopLaunch(new PrintWriter(err), services, clock.source()).start(options(args));
        assertThat(code).as("stderr: %s", err).isZero();
        return code;
    }

    private static LaunchOptions options(List<String> args) {
        String routine = args.contains("--routine") ? args.get(args.indexOf("--routine") + 1) : null;
        return new LaunchOptions(null, Path.of(args.get(3)), new WindowSize(1024, 768), Path.of(args.get(5)),
                routine);
    }

    @Test
    void aWholeSessionByTouchAndKeys(GuiRobot robot) {
        gui = robot;
        launch();
        frame = gui.frame(AppWindow.NAME);

        frame.button("routine-standing").click();
        advanceUntil("the get-ready prompt", () -> showing("get-ready-title"));
        assertThat(text("exercise-name")).isEqualTo("Ankle pumps");
        assertThat(text("control-pause")).isEqualTo("Go on");
        assertThat(text("caption")).isNotBlank();

        // Space while waiting: GO. Then the count runs and the caption says each count word.
        frame.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        advanceUntil("counting", () -> text("hold-ring").equals("2"));
        String captionAtTwo = text("caption");
        advanceUntil("three", () -> text("hold-ring").equals("3"));
        assertThat(text("caption")).as("caption follows the count").isNotEqualTo(captionAtTwo).isNotBlank();
        assertThat(heard).contains("go/key/true");

        // Space while counting: PAUSE; time passes and the count stays; Space again: GO on.
        frame.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        advanceUntil("paused", () -> text("status").equals(bundle("session.paused")));
        String countWhenPaused = text("hold-ring");
        clock.advanceBy(20_000);
        gui.robot().waitForIdle();
        assertThat(text("hold-ring")).as("paused count").isEqualTo(countWhenPaused);
        assertThat(text("control-pause")).isEqualTo("Go on");
        frame.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        int paused = Integer.parseInt(countWhenPaused);
        advanceUntil("counting on", () -> number(text("hold-ring")) > paused);
        assertThat(heard).contains("pause/key/true");

        // Right: next exercise. Left: back again.
        frame.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        advanceUntil("the next exercise", () -> text("exercise-name").equals("Heel and toe raises"));
        frame.pressAndReleaseKeys(KeyEvent.VK_LEFT);
        advanceUntil("back to the first", () -> text("exercise-name").equals("Ankle pumps"));

        // Next by touch to the balance hold; Enter ends the hold early.
        for (String name : List.of("Heel and toe raises", "Kick backs", "Marching", "Single-leg balance")) {
            frame.button("control-next").click();
            advanceUntil(name, () -> text("exercise-name").equals(name));
        }
        advanceUntil("holding", () -> number(text("hold-ring")) >= 2 && state == SessionState.HOLDING);
        frame.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        advanceUntil("hold ended", () -> !holdsEndedEarly.isEmpty());
        assertThat(holdsEndedEarly).containsExactly(true);
        assertThat(heard).contains("done/key/true");

        // Escape stops; the summary asks two questions; back to the start.
        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        advanceUntil("the summary", () -> showing("summary-screen"));
        assertThat(text("summary-title")).isEqualTo(bundle("summary.stoppedTitle"));
        frame.button("effort-7").click();
        frame.button("pain-0").click();
        assertThat(showing("summary-thanks")).isTrue();
        clock.advanceBy(2_000);
        frame.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        frame.panel("start-screen").requireVisible();

        EventLines events = new EventLines(temp.resolve("events.jsonl"));
        JsonObject feedback = events.ofType("session-feedback").get(0);
        assertThat(feedback.get("routine").getAsString()).isEqualTo("standing");
        assertThat(feedback.get("effort").getAsInt()).isEqualTo(7);
        assertThat(feedback.get("pain").getAsInt()).isZero();
        assertThat(events.ofType("screen").stream().map(e -> e.get("name").getAsString()).toList())
                .containsSubsequence("start", "session", "summary", "start");
    }

    @Test
    void touchControlsPauseRepeatAndStop(GuiRobot robot) {
        gui = robot;
        launch("--routine", "sitting");
        frame = gui.frame(AppWindow.NAME);
        frame.panel("session-screen").requireVisible();
        advanceUntil("the first exercise", () -> text("exercise-name").equals("Ankle rolls"));

        frame.button("control-pause").click();
        advanceUntil("paused", () -> text("control-pause").equals("Go on"));
        frame.button("control-pause").click();
        advanceUntil("going on", () -> text("control-pause")
                .equals(org.footcoach.session.ActionTable.load().action(Command.PAUSE).button()));
        frame.button("control-repeat").click();
        frame.button("control-louder").click();
        frame.button("control-slower").click();
        advanceUntil("commands heard", () -> heard.size() >= 5);
        assertThat(heard).contains("pause/touch/true", "go/touch/true", "repeat/touch/true", "louder/touch/true",
                "slower/touch/true");

        frame.button("control-help").click();
        advanceUntil("help, once the session has taken it", () -> showing("help-screen"));
        frame.button("help-close").click();
        frame.panel("session-screen").requireVisible();

        // The ring is the touch target that ends a hold early.
        frame.button("control-next").click();
        advanceUntil("the hamstring stretch hold", () -> text("exercise-name").equals("Hamstring stretch")
                && state == SessionState.HOLDING && number(text("hold-ring")) >= 1);
        frame.button("hold-ring").click();
        advanceUntil("hold ended", () -> !holdsEndedEarly.isEmpty());
        assertThat(holdsEndedEarly).containsExactly(true);
        assertThat(heard).contains("done/touch/true");

        frame.button("control-stop").click();
        advanceUntil("the summary", () -> showing("summary-screen"));
        // Going back to the start takes a second press: a stray one keeps the questions.
        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        frame.panel("summary-screen").requireVisible();
        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        frame.panel("start-screen").requireVisible();
    }

    @Test
    void aPedalsShortAndLongPressAndContactBounce(GuiRobot robot) {
        gui = robot;
        launch("--routine", "standing");
        frame = gui.frame(AppWindow.NAME);
        advanceUntil("the get-ready prompt", () -> showing("get-ready-title"));

        // Event times are the pedal's own: a short press of Page Down is GO, a long one is NEXT.
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_PAGE_DOWN, 10_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_PAGE_DOWN, 10_120);
        advanceUntil("counting", () -> number(text("hold-ring")) >= 1);
        assertThat(heard).containsExactly("go/key/true");

        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_PAGE_DOWN, 20_000);
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_PAGE_DOWN, 20_500);
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_PAGE_DOWN, 20_533);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_PAGE_DOWN, 21_000);
        advanceUntil("the next exercise", () -> text("exercise-name").equals("Heel and toe raises"));

        // A bouncing switch: press, release, press again 40 ms later. One NEXT.
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_RIGHT, 30_000);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_RIGHT, 30_030);
        key(KeyEvent.KEY_PRESSED, KeyEvent.VK_RIGHT, 30_070);
        key(KeyEvent.KEY_RELEASED, KeyEvent.VK_RIGHT, 30_100);
        advanceUntil("kick backs", () -> text("exercise-name").equals("Kick backs"));
        clock.advanceBy(5_000);
        gui.robot().waitForIdle();
        assertThat(text("exercise-name")).isEqualTo("Kick backs");
        assertThat(heard).containsExactly("go/key/true", "next/key/true", "next/key/true");
    }

    @Test
    void anUnknownRoutineIsOneLineAndExitCode2() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--windowed", "1024x768", "--routine", "nope", "--data-dir",
                temp.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .contains("'nope'").contains("full, sitting, standing, quick");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void advanceUntil(String what, BooleanSupplier test) {
        clock.advanceUntil(gui, what, test, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
    }

    private String text(String name) {
        return gui.onEdt(() -> {
            Component c = frame.robot().finder().findByName(frame.target(), name, false);
            if (c instanceof JLabel label) {
                return label.getText();
            } else if (c instanceof AbstractButton button) {
                return button.getText();
            } else if (c instanceof JTextComponent area) {
                return area.getText();
            }
            throw new IllegalArgumentException(name + " has no text");
        });
    }

    private boolean showing(String name) {
        return gui.showing(frame, name);
    }


    /** A key event with the time a pedal or clicker would give it, sent to the window on the EDT. */
    private void key(int id, int code, long when) {
        gui.onEdt(() -> {
            javax.swing.JRootPane root = ((javax.swing.JFrame) frame.target()).getRootPane();
            root.dispatchEvent(new KeyEvent(root, id, when, 0, code, KeyEvent.CHAR_UNDEFINED));
            return null;
        });
    }

    private static int number(String text) {
        return text.isEmpty() ? -1 : Integer.parseInt(text);
    }

    private static String bundle(String key) {
        return java.util.ResourceBundle.getBundle("org.footcoach.ui.screens").getString(key);
    }
}
