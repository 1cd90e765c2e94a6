package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
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

/** Every action of a session has its keys bound, a touch control on the session screen, and words under Help. */
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
                if (!command.inSession()) {
                    continue; // the answers, History and Export belong to other screens
                }
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
        assertThat(covered).containsExactlyInAnyOrder(java.util.Arrays.stream(Command.values())
                .filter(Command::inSession).toArray(Command[]::new));
    }

    /** Stop is the last of the row and looks unlike the others by its shape and its sign, not by colour alone. */
    @Test
    void stopStandsApartAtTheEndOfTheRow(GuiRobot gui) {
        gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            SessionScreen screen = new SessionScreen((command, source) -> { });
            AbstractButton stop = (AbstractButton) find(screen, ControlButtons.controlName(Command.STOP));
            Container row = stop.getParent();
            assertThat(row.getComponent(row.getComponentCount() - 1)).as("last in the row").isSameAs(stop);
            assertThat(String.valueOf(stop.getClientProperty(FlatClientProperties.STYLE_CLASS))).contains("stop");
            AbstractButton next = (AbstractButton) find(screen, ControlButtons.controlName(Command.NEXT));
            assertThat(String.valueOf(next.getClientProperty(FlatClientProperties.STYLE_CLASS)))
                    .doesNotContain("stop");
            assertThat(stop.getText()).as("a sign besides the word").isNotEqualTo(UiText.action(Command.STOP).name())
                    .contains(UiText.action(Command.STOP).name());
            return null;
        });
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
