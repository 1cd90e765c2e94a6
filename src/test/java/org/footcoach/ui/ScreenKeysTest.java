package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * The keys a screen binds: the table's, and beside them the keys learnt from a pedal, which mean only what was
 * learnt and keep the one-press-one-action guards. Each key event goes straight to the screen's bound action.
 */
@GuiTest
class ScreenKeysTest {
    private final List<List<Command>> sent = new ArrayList<>();

    @Test
    void aLearntF13SendsItsAction(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of("F13", "next"));

        press(gui, screen, KeyEvent.VK_F13, 1_000);

        assertThat(sent).containsExactly(List.of(Command.NEXT));
    }

    @Test
    void aLearntSpaceNoLongerPausesOrGoes(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of("SPACE", "next"));

        press(gui, screen, KeyEvent.VK_SPACE, 1_000);

        assertThat(sent).containsExactly(List.of(Command.NEXT));
    }

    @Test
    void withNothingLearntSpaceMeansWhatTheTableSays(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of());

        press(gui, screen, KeyEvent.VK_SPACE, 1_000);

        assertThat(sent).containsExactly(List.of(Command.GO, Command.PAUSE, Command.DONE));
        assertThat(gui.onEdt(() -> action(screen, KeyEvent.VK_F13, false))).as("F13 not bound").isNull();
    }

    @Test
    void aKeyLearntForGoAlsoEndsAHoldAsEnterDoes(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of("B", "go"));

        press(gui, screen, KeyEvent.VK_B, 1_000);

        assertThat(sent).containsExactly(List.of(Command.GO, Command.DONE));
    }

    @Test
    void aLearntPageDownActsOnThePressAndHasNoLongPress(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of("PAGE_DOWN", "back"));

        fire(gui, screen, KeyEvent.VK_PAGE_DOWN, false, 1_000);
        assertThat(sent).as("at once, on the press").containsExactly(List.of(Command.BACK));
        fire(gui, screen, KeyEvent.VK_PAGE_DOWN, true, 2_500);

        assertThat(sent).as("held, still one back and no next").containsExactly(List.of(Command.BACK));
    }

    @Test
    void aLearntKeyHasThePedalGuardsAgainstRepeatAndBounce(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of("F13", "next"));

        fire(gui, screen, KeyEvent.VK_F13, false, 1_000);
        fire(gui, screen, KeyEvent.VK_F13, false, 1_700);
        fire(gui, screen, KeyEvent.VK_F13, false, 1_740);
        fire(gui, screen, KeyEvent.VK_F13, true, 2_000);
        fire(gui, screen, KeyEvent.VK_F13, false, 2_000 + PedalKeys.BOUNCE_MILLIS / 2);
        fire(gui, screen, KeyEvent.VK_F13, true, 2_000 + PedalKeys.BOUNCE_MILLIS / 2 + 10);
        assertThat(sent).as("auto-repeat and a bounce are one press").hasSize(1);

        press(gui, screen, KeyEvent.VK_F13, 5_000);
        assertThat(sent).as("a new press").hasSize(2);
    }

    @Test
    void aLearntKeyThatNamesNoKeyOrNoActionIsLeftOut(GuiRobot gui) {
        JPanel screen = bound(gui, Map.of("NO_SUCH_KEY", "next", "F14", "jump", "F15", "back"));

        assertThat(gui.onEdt(() -> action(screen, KeyEvent.VK_F14, false))).isNull();
        press(gui, screen, KeyEvent.VK_F15, 1_000);
        assertThat(sent).containsExactly(List.of(Command.BACK));
    }

    /** A screen with the keys bound, sending to {@link #sent}, with {@code learnt} as its sink's learnt keys. */
    private JPanel bound(GuiRobot gui, Map<String, String> learnt) {
        CommandSink sink = new CommandSink() {
            @Override
            public void send(Command command, CommandSource source) {
                sent.add(List.of(command));
            }

            @Override
            public void key(List<Command> meanings) {
                sent.add(meanings);
            }

            @Override
            public Map<String, String> learntKeys() {
                return learnt;
            }
        };
        return gui.onEdt(() -> {
            JPanel screen = new JPanel();
            // In a window, as every screen is: what is held down is kept per window.
            new JFrame().getContentPane().add(screen);
            new ScreenKeys().bind(screen, sink);
            return screen;
        });
    }

    private static void press(GuiRobot gui, JComponent screen, int code, long when) {
        fire(gui, screen, code, false, when);
        fire(gui, screen, code, true, when + 100);
    }

    private static void fire(GuiRobot gui, JComponent screen, int code, boolean release, long when) {
        gui.onEdt(() -> {
            action(screen, code, release).actionPerformed(new ActionEvent(screen, ActionEvent.ACTION_PERFORMED,
                    "", when, 0));
            return null;
        });
    }

    private static Action action(JComponent screen, int code, boolean release) {
        Object name = screen.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .get(KeyStroke.getKeyStroke(code, 0, release));
        return name == null ? null : screen.getActionMap().get(name);
    }
}
