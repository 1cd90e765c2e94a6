package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.EnumSet;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.footcoach.session.Action;
import org.footcoach.session.Command;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/** Every action has its keys bound on the session screen, a touch control on it, and words under Help. */
@GuiTest
class ActionControlsTest {

    @Test
    void everyCommandHasAKeyAndATouchControl(GuiRobot gui) {
        Set<Command> covered = EnumSet.noneOf(Command.class);
        gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            SessionScreen screen = new SessionScreen((command, source) -> { });
            InputMap bound = screen.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
            for (Command command : Command.values()) {
                Action row = UiText.action(command);
                assertThat(find(screen, ControlButtons.controlName(command))).as("touch control for %s", command)
                        .isInstanceOf(AbstractButton.class);
                assertThat(row.keys()).as("keys for %s", command).isNotEmpty();
                for (String key : row.keys()) {
                    assertThat(bound.get(KeyStroke.getKeyStroke(ScreenKeys.code(key), 0, false)))
                            .as("key %s bound", key).isNotNull();
                }
                for (String text : new String[] {row.what(), String.join(", ", row.words()), row.keysShown(),
                        row.touch()}) {
                    assertThat(text).isNotBlank();
                }
                covered.add(command);
            }
            return null;
        });
        assertThat(covered).containsExactlyInAnyOrder(Command.values());
    }

    private static Component find(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
