package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
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
}
