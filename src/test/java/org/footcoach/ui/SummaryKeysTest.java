package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two questions at the end can be answered with keys alone, as a pedal or clicker sends them. */
@GuiTest
class SummaryKeysTest {
    private final List<SessionFeedback> finished = new CopyOnWriteArrayList<>();
    private AppWindow window;
    private long eventMillis = 1_000_000;

    private FrameFixture showSummary(GuiRobot gui) {
        window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            SummaryScreen screen = new ScreenSamples().summary(new SummaryController(finished::add));
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(SummaryScreen.SCREEN_NAME, screen);
            return w;
        });
        return gui.frame(AppWindow.NAME);
    }

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
    void rightAndLeftMoveTheHighlightAndEnterOrSpaceChoose(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        assertThat(highlighted(frame, "effort")).as("nothing highlighted at first").isEmpty();

        press(frame, KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT);
        assertThat(highlighted(frame, "effort")).containsExactly(3);
        press(frame, KeyEvent.VK_ENTER);
        frame.textBox("pain-question").requireVisible();

        press(frame, KeyEvent.VK_LEFT, KeyEvent.VK_PAGE_UP);
        assertThat(highlighted(frame, "pain")).as("back from none starts at 10").containsExactly(9);
        press(frame, KeyEvent.VK_SPACE);
        frame.label("summary-thanks").requireVisible();
        assertThat(finished).isEmpty();

        press(frame, KeyEvent.VK_ENTER);
        assertThat(finished).containsExactly(new SessionFeedback(3, 9));
    }

    @Test
    void enterWithNothingHighlightedGoesBackWithoutAnAnswer(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        press(frame, KeyEvent.VK_ENTER);
        assertThat(finished).containsExactly(new SessionFeedback(null, null));
    }

    @Test
    void escapeGoesBackKeepingWhatWasAnswered(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        press(frame, KeyEvent.VK_RIGHT, KeyEvent.VK_ENTER, KeyEvent.VK_ESCAPE);
        assertThat(finished).containsExactly(new SessionFeedback(0, null));
    }

    /**
     * Each key pressed and released a second after the one before (event times, not waiting), so every press is a
     * press of its own and none is taken for pedal bounce.
     */
    private void press(FrameFixture frame, int... keys) {
        for (int key : keys) {
            eventMillis += 1_000;
            long down = eventMillis;
            GuiActionRunner.execute(() -> {
                java.awt.Component target = ((javax.swing.JFrame) frame.target()).getContentPane();
                target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, down, 0, key, KeyEvent.CHAR_UNDEFINED));
                target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_RELEASED, down + 100, 0, key,
                        KeyEvent.CHAR_UNDEFINED));
            });
            frame.robot().waitForIdle();
        }
    }

    private static List<Integer> highlighted(FrameFixture frame, String question) {
        List<Integer> on = new java.util.ArrayList<>();
        for (int n = 0; n <= 10; n++) {
            JButton button = frame.button(question + "-" + n).target();
            Object style = button.getClientProperty(FlatClientProperties.STYLE_CLASS);
            if (String.valueOf(style).contains("highlighted")) {
                on.add(n);
            }
        }
        return on;
    }
}
