package org.footcoach.ui;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Binds the session keys on a screen for the whole window (whatever has focus), press and release, with and without
 * Shift (a plus sign needs Shift on many keyboards), through {@link PedalKeys} so one press is one action. A key
 * still held down from before the screen showed (a held pedal's auto-repeat) does nothing here, nor does its release.
 */
final class ScreenKeys {
    private final PedalKeys pedal = new PedalKeys(Set.of(java.awt.event.KeyEvent.VK_PAGE_DOWN));

    /** Calls {@code action} on the EDT with the role of each accepted press and whether it was short or long. */
    void bind(JComponent screen, BiConsumer<KeyRole, PedalKeys.Press> action) {
        bind(screen, Map.of(), action);
    }

    /** As above, and {@code alsoAs} gives more keys a role on this screen (e.g. the Up arrow as Back). */
    void bind(JComponent screen, Map<Integer, KeyRole> alsoAs, BiConsumer<KeyRole, PedalKeys.Press> action) {
        Map<Integer, KeyRole> roles = new LinkedHashMap<>();
        for (KeyRole role : KeyRole.values()) {
            role.keys().forEach(key -> roles.put(key, role));
        }
        roles.putAll(alsoAs);
        InputMap keys = screen.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        roles.forEach((key, role) -> {
            for (int modifiers : new int[] {0, InputEvent.SHIFT_DOWN_MASK}) {
                keys.put(KeyStroke.getKeyStroke(key, modifiers, false), "press-" + key);
                keys.put(KeyStroke.getKeyStroke(key, modifiers, true), "release-" + key);
            }
            screen.getActionMap().put("press-" + key, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    deliver(role, pressed(screen, key, e.getWhen()), action);
                }
            });
            screen.getActionMap().put("release-" + key, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    PressesAcrossScreens.of(screen).keyUp(key);
                    deliver(role, pedal.released(key, e.getWhen()), action);
                }
            });
        });
    }

    private PedalKeys.Press pressed(JComponent screen, int key, long when) {
        PedalKeys heldOn = PressesAcrossScreens.of(screen).keyDown(key, pedal);
        if (heldOn == null) {
            pedal.forgetHeld(key);
        } else if (heldOn != pedal) {
            return null;
        }
        return pedal.pressed(key, when);
    }

    private static void deliver(KeyRole role, PedalKeys.Press press, BiConsumer<KeyRole, PedalKeys.Press> action) {
        if (press != null) {
            action.accept(role, press);
        }
    }
}
