package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JFrame;
import org.assertj.swing.core.MouseButton;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/** A double tap on a touch button acts once; presses far enough apart each act. */
@GuiTest
class TouchButtonTest {
    private final AtomicLong now = new AtomicLong(10_000);
    private final AtomicInteger acted = new AtomicInteger();

    @Test
    void twoQuickClicksActOnce(GuiRobot gui) {
        TouchButton button = showButton(gui);

        gui.robot().click(button, MouseButton.LEFT_BUTTON, 2);
        gui.robot().waitForIdle();

        assertThat(acted).hasValue(1);
    }

    @Test
    void aSecondPressActsOnceTheDoubleTapTimeHasPassed(GuiRobot gui) {
        TouchButton button = showButton(gui);

        gui.robot().click(button);
        now.addAndGet(TouchButton.DOUBLE_TAP_MILLIS - 1);
        gui.robot().click(button);
        gui.robot().waitForIdle();
        assertThat(acted).as("within the double-tap time").hasValue(1);

        now.addAndGet(1);
        gui.robot().click(button);
        gui.robot().waitForIdle();
        assertThat(acted).as("400 ms after the press that acted").hasValue(2);
    }

    @Test
    void aButtonThatChangedItsWordsActsAtOnce(GuiRobot gui) {
        TouchButton button = showButton(gui);

        gui.robot().click(button);
        gui.onEdt(() -> {
            button.setText("Go on");
            return null;
        });
        gui.robot().click(button);
        gui.robot().waitForIdle();

        assertThat(acted).as("Pause, then Go on").hasValue(2);
    }

    private TouchButton showButton(GuiRobot gui) {
        JFrame[] shown = new JFrame[1];
        TouchButton made = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            TouchButton button = new TouchButton("louder", "Louder", "control", acted::incrementAndGet, now::get);
            JFrame frame = new JFrame("touch");
            frame.setName("touch");
            frame.getContentPane().setLayout(new FlowLayout());
            frame.getContentPane().add(button);
            shown[0] = frame;
            return button;
        });
        // Shown through the robot, which waits until the window manager has put the frame on screen.
        gui.robot().showWindow(shown[0], new Dimension(400, 300));
        return made;
    }
}
