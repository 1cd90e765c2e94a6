package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JPanel;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's attract screen: a touch anywhere on it starts, and its moving hint is slow and moves only while it
 * shows (its cost, measured: bench/java/org/footcoach/ui/AttractCpu.java, in bench/RESULTS.md).
 */
@GuiTest
class AttractScreenTest {
    private final List<String> sent = new CopyOnWriteArrayList<>();
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

    private FrameFixture open(GuiRobot gui) {
        window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(AttractScreen.SCREEN_NAME, new AttractScreen(new CommandSink() {
                @Override
                public void send(Command command, CommandSource source) {
                    sent.add(command.logName() + "/" + source.logName());
                }

                @Override
                public void key(List<Command> meanings) {
                    sent.add("key");
                }
            }));
            return w;
        });
        return gui.frame(AppWindow.NAME);
    }

    @Test
    void aTouchOnTheWordsStartsAsTheButtonDoes(GuiRobot gui) {
        FrameFixture frame = open(gui);
        frame.textBox("attract-title").click();
        gui.robot().waitForIdle();
        assertThat(sent).containsExactly("go/touch");
    }

    @Test
    void theHintMovesSlowlyAndOnlyWhileItShows(GuiRobot gui) {
        FrameFixture frame = open(gui);
        AttractHint hint = (AttractHint) frame.robot().finder().findByName(frame.target(), "attract-hint");

        assertThat(gui.onEdt(hint::moving)).isTrue();
        assertThat(hint.delayMillis()).as("at most 10 frames a second").isGreaterThanOrEqualTo(100);
        assertThat(gui.onEdt(() -> hint.getWidth() * hint.getHeight())).as("a small square repainted")
                .isLessThan(1024 * 768 / 20);

        gui.onEdt(() -> {
            window.show("other", new JPanel());
            return null;
        });
        assertThat(gui.onEdt(hint::moving)).as("stopped once the screen is gone").isFalse();
    }
}
