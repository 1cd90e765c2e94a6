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
import org.footcoach.session.Command;
import org.footcoach.session.SessionState;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/** Every command has a key (bound on the session screen) and a touch control on it, and words under Help. */
@GuiTest
class ControlsTableTest {

    @Test
    void everyCommandHasAKeyAndATouchControl(GuiRobot gui) {
        Set<Command> covered = EnumSet.noneOf(Command.class);
        gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1920, 1080), Theme.LIGHT);
            SessionScreen screen = new SessionScreen((command, source) -> { });
            InputMap bound = screen.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
            for (Command command : Command.values()) {
                ControlsTable row = ControlsTable.of(command);
                assertThat(find(screen, row.touchControl())).as("touch control for %s", command)
                        .isInstanceOf(AbstractButton.class);
                assertThat(row.keys()).as("keys for %s", command).isNotEmpty();
                for (KeyRole role : row.keys()) {
                    assertThat(sends(role, command)).as("%s sends %s in some state", role, command).isTrue();
                    for (int key : role.keys()) {
                        assertThat(bound.get(KeyStroke.getKeyStroke(key, 0, false))).as("key %d bound", key)
                                .isNotNull();
                    }
                }
                for (String column : new String[] {"what", "voice", "keys", "touch"}) {
                    assertThat(row.text(column)).isNotBlank();
                }
                covered.add(command);
            }
            return null;
        });
        assertThat(covered).containsExactlyInAnyOrder(Command.values());
    }

    @Test
    void spaceGoesOnWhenWaitingEndsAHoldAndElsePauses() {
        assertThat(KeyRole.SPACE.command(PedalKeys.Press.SHORT, SessionState.WAITING_FOR_GO)).isEqualTo(Command.GO);
        assertThat(KeyRole.SPACE.command(PedalKeys.Press.SHORT, SessionState.PAUSED)).isEqualTo(Command.GO);
        assertThat(KeyRole.SPACE.command(PedalKeys.Press.SHORT, SessionState.HOLDING)).isEqualTo(Command.DONE);
        assertThat(KeyRole.SPACE.command(PedalKeys.Press.SHORT, SessionState.TIMING)).isEqualTo(Command.DONE);
        assertThat(KeyRole.SPACE.command(PedalKeys.Press.SHORT, SessionState.COUNTING)).isEqualTo(Command.PAUSE);
        assertThat(KeyRole.SPACE.command(PedalKeys.Press.SHORT, SessionState.SPEAKING)).isEqualTo(Command.PAUSE);
        assertThat(KeyRole.ENTER.command(PedalKeys.Press.SHORT, SessionState.HOLDING)).isEqualTo(Command.DONE);
        assertThat(KeyRole.ENTER.command(PedalKeys.Press.SHORT, SessionState.COUNTING)).isEqualTo(Command.GO);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.SHORT, SessionState.RESTING)).isEqualTo(Command.GO);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.LONG, SessionState.COUNTING)).isEqualTo(Command.NEXT);
    }

    @Test
    void aShortPageDownEndsAHoldOrTimedWorkEarlyAndALongOneIsNext() {
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.SHORT, SessionState.HOLDING)).isEqualTo(Command.DONE);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.SHORT, SessionState.TIMING)).isEqualTo(Command.DONE);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.SHORT, SessionState.WAITING_FOR_GO))
                .isEqualTo(Command.GO);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.SHORT, SessionState.COUNTING)).isEqualTo(Command.GO);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.LONG, SessionState.HOLDING)).isEqualTo(Command.NEXT);
        assertThat(KeyRole.PAGE_DOWN.command(PedalKeys.Press.LONG, SessionState.TIMING)).isEqualTo(Command.NEXT);
        assertThat(ControlsTable.of(Command.DONE).keys()).contains(KeyRole.PAGE_DOWN);
        assertThat(ControlsTable.of(Command.DONE).text("keys")).contains("Page Down");
    }

    private static boolean sends(KeyRole role, Command command) {
        for (SessionState state : SessionState.values()) {
            for (PedalKeys.Press press : PedalKeys.Press.values()) {
                if (role.command(press, state) == command) {
                    return true;
                }
            }
        }
        return false;
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
