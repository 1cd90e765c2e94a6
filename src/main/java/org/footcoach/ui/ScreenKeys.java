package org.footcoach.ui;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Binds the session keys on a screen for the whole window (whatever has focus), press and release, with and without
 * Shift (a plus sign needs Shift on many keyboards), through {@link PedalKeys} so one press is one action.
 */
final class ScreenKeys {
    private final PedalKeys pedal = new PedalKeys(Set.of(java.awt.event.KeyEvent.VK_PAGE_DOWN));

    /** Calls {@code action} on the EDT with the role of each accepted press and whether it was short or long. */
    void bind(JComponent screen, BiConsumer<KeyRole, PedalKeys.Press> action) {
        InputMap keys = screen.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (KeyRole role : KeyRole.values()) {
            for (int key : role.keys()) {
                for (int modifiers : new int[] {0, InputEvent.SHIFT_DOWN_MASK}) {
                    keys.put(KeyStroke.getKeyStroke(key, modifiers, false), "press-" + key);
                    keys.put(KeyStroke.getKeyStroke(key, modifiers, true), "release-" + key);
                }
                screen.getActionMap().put("press-" + key, new AbstractAction() {
                    @Override
                    public void actionPerformed(ActionEvent e) {
                        deliver(role, pedal.pressed(key, e.getWhen()), action);
                    }
                });
                screen.getActionMap().put("release-" + key, new AbstractAction() {
                    @Override
                    public void actionPerformed(ActionEvent e) {
                        deliver(role, pedal.released(key, e.getWhen()), action);
                    }
                });
            }
        }
    }

    private static void deliver(KeyRole role, PedalKeys.Press press, BiConsumer<KeyRole, PedalKeys.Press> action) {
        if (press != null) {
            action.accept(role, press);
        }
    }
}
