package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app as a clinic kiosk ({@code --kiosk}) in a 1024x768 window, its idle time counted on a virtual clock. */
@GuiTest
class KioskGuiTest {
    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private GuiRobot gui;
    private FrameFixture frame;

    private void launch(GuiRobot robot) {
        gui = robot;
        SessionServices services = new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                sessionClock -> List.of());
        StringWriter err = new StringWriter();
        int code = new DesktopLaunch(new PrintWriter(err), services, clock.source()).start(new LaunchOptions(null,
                temp.resolve("data"), new WindowSize(1024, 768), temp.resolve("events.jsonl"), null,
                AudioOutMode.NONE, null, null, null, new KioskOptions(true, OptionalInt.of(30))));
        assertThat(code).as("stderr: %s", err).isZero();
        frame = gui.frame(AppWindow.NAME);
    }

    @Test
    void closingTheWindowIsRefused(GuiRobot robot) {
        launch(robot);
        JFrame window = (JFrame) frame.target();
        assertThat(gui.onEdt(window::getDefaultCloseOperation)).isEqualTo(WindowConstants.DO_NOTHING_ON_CLOSE);

        gui.onEdt(() -> {
            window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            return null;
        });
        gui.robot().waitForIdle();

        assertThat(gui.onEdt(() -> window.isDisplayable() && window.isShowing())).as("still open").isTrue();
    }

    private void settle() {
        gui.robot().waitForIdle();
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    private boolean showing(String name) {
        return gui.showing(frame, name);
    }

    private void press(String name) {
        gui.onEdt(() -> {
            frame.button(name).target().doClick();
            return null;
        });
        settle();
    }

    /** The words of every button showing now, in the order they are laid out. */
    private List<String> buttonWords() {
        return gui.onEdt(() -> frame.robot().finder().findAll(frame.target(),
                c -> c instanceof AbstractButton && c.isShowing()).stream()
                .map(c -> c.getName() + "=" + ((AbstractButton) c).getText()).toList());
    }

    /** One visitor: starts the quick routine, stops it part way, answers how hard it was, and walks away. */
    private List<String> visit() {
        clock.advanceUntil(gui, "the attract screen", () -> showing("attract-screen"), 1000, 5 * 60_000);
        press("attract-start");
        List<String> start = buttonWords();
        press("routine-quick");
        clock.advanceBy(20_000);
        settle();
        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        clock.advanceUntil(gui, "the summary", () -> showing("summary-screen"), 250, 60_000);
        press("effort-7");
        return start;
    }

    @Test
    void threeVisitorsInARowLeaveNothingOfTheFirstForTheNext(GuiRobot robot) throws IOException {
        launch(robot);

        List<String> first = visit();
        List<String> second = visit();
        List<String> third = visit();
        clock.advanceUntil(gui, "the attract screen", () -> showing("attract-screen"), 1000, 5 * 60_000);

        assertThat(first).as("no History, no Settings, no going on").noneMatch(b -> b.startsWith("go-on-")
                || b.startsWith("start-history") || b.startsWith("start-settings"));
        assertThat(second).as("the next visitor sees the start as the first did").isEqualTo(first);
        assertThat(third).isEqualTo(first);
        try (Stream<Path> files = Files.walk(temp.resolve("data"))) {
            assertThat(files.filter(Files::isRegularFile)).as("nothing on disk").isEmpty();
        }
        assertThat(temp.resolve("data").resolve("history")).doesNotExist();
        EventLines events = new EventLines(temp.resolve("events.jsonl"));
        assertThat(events.ofType("session-feedback")).as("no answers logged").isEmpty();
        assertThat(events.ofType("command")).as("an answer is logged as one, never its number")
                .noneMatch(line -> line.get("name").getAsString().equals("seven"))
                .anyMatch(line -> line.get("name").getAsString().equals("answer"));
        assertThat(events.ofType("idle-reset")).hasSize(3);
    }
}
