package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help opens at its top, the stop rules in sight, and pages down and back up. */
@GuiTest
class HelpScreenTest {
    private AppWindow window;

    @AfterEach
    void close(GuiRobot gui) {
        if (window != null) {
            gui.onEdt(() -> {
                window.close();
                return null;
            });
        }
    }

    @Test
    void helpOpensAtItsTopWithTheStopRulesInSight(GuiRobot gui) {
        HelpController controller = new HelpController(() -> { });
        window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(HelpScreen.SCREEN_NAME, new HelpScreen(controller, new ActingSink(controller)));
            return w;
        });
        FrameFixture frame = gui.frame(AppWindow.NAME);
        gui.robot().waitForIdle();

        assertThat(top(gui, frame)).as("opens at the top").isZero();
        assertThat(inSight(gui, frame, "help-stop-rules")).isTrue();
        assertThat(inSight(gui, frame, "help-stop-1")).isTrue();

        gui.onEdt(() -> controller.act(Command.NEXT, CommandSource.KEY));
        gui.robot().waitForIdle();
        assertThat(top(gui, frame)).as("a page down").isPositive();
        gui.onEdt(() -> controller.act(Command.BACK, CommandSource.KEY));
        gui.robot().waitForIdle();
        assertThat(top(gui, frame)).as("and back up").isZero();
    }

    private static int top(GuiRobot gui, FrameFixture frame) {
        return gui.onEdt(() -> scroll(gui, frame).getViewport().getViewPosition().y);
    }

    private static boolean inSight(GuiRobot gui, FrameFixture frame, String name) {
        return gui.onEdt(() -> {
            JScrollPane scroll = scroll(gui, frame);
            JComponent shown = (JComponent) gui.robot().finder().findByName(frame.target(), name, false);
            Rectangle where = javax.swing.SwingUtilities.convertRectangle(shown.getParent(), shown.getBounds(),
                    scroll.getViewport().getView());
            return scroll.getViewport().getViewRect().contains(where);
        });
    }

    private static JScrollPane scroll(GuiRobot gui, FrameFixture frame) {
        List<java.awt.Component> found = List.copyOf(gui.robot().finder().findAll(frame.target(),
                c -> "help-scroll".equals(c.getName())));
        return (JScrollPane) found.get(0);
    }
}
