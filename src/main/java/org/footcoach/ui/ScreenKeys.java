package org.footcoach.ui;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.footcoach.session.Command;

/**
 * Binds every key of the table of actions, and every key learnt from a pedal ({@link KeyMeanings}), on a screen for
 * the whole window (whatever has focus), press and release, with and without Shift (a plus sign needs Shift on many
 * keyboards), through {@link PedalKeys} so one press is one action. A key still held down from before the screen
 * showed (a held pedal's auto-repeat) does nothing here, nor does its release. Each press goes to the
 * {@link CommandSink} with what it may mean; the screen in front chooses. The learnt keys are read from the sink as
 * the screen is built, so a key learnt a moment ago acts on the next screen shown.
 */
final class ScreenKeys {
    void bind(JComponent screen, CommandSink sink) {
        KeyMeanings meanings = new KeyMeanings(UiText.actions(), sink.learntKeys());
        PedalKeys pedal = new PedalKeys(codes(meanings.longPressKeys()));
        InputMap keys = screen.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (String name : meanings.keys()) {
            if (KeyStroke.getKeyStroke(name) == null && !UiText.actions().keys().contains(name)) {
                // A learnt key this Java cannot name (settings.json written by hand, or on another platform).
                continue;
            }
            int key = code(name);
            List<Command> pressed = meanings.pressed(name);
            List<Command> held = meanings.held(name);
            for (int modifiers : new int[] {0, InputEvent.SHIFT_DOWN_MASK}) {
                keys.put(KeyStroke.getKeyStroke(key, modifiers, false), "press-" + key);
                keys.put(KeyStroke.getKeyStroke(key, modifiers, true), "release-" + key);
            }
            screen.getActionMap().put("press-" + key, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    deliver(PressesAcrossScreens.of(screen).keyDown(key, e.getWhen(), pedal), pressed, held, sink);
                }
            });
            screen.getActionMap().put("release-" + key, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    deliver(PressesAcrossScreens.of(screen).keyUp(key, e.getWhen(), pedal), pressed, held, sink);
                }
            });
        }
    }

    private static void deliver(PedalKeys.Press press, List<Command> pressed, List<Command> held, CommandSink sink) {
        if (press == PedalKeys.Press.SHORT && !pressed.isEmpty()) {
            sink.key(pressed);
        } else if (press == PedalKeys.Press.LONG && !held.isEmpty()) {
            sink.key(held);
        }
    }

    /** The key code of a Java key name such as {@code PAGE_DOWN}. */
    static int code(String name) {
        KeyStroke stroke = KeyStroke.getKeyStroke(name);
        if (stroke == null) {
            throw new IllegalStateException("the table of actions names an unknown key: " + name);
        }
        return stroke.getKeyCode();
    }

    private static Set<Integer> codes(Set<String> names) {
        Set<Integer> codes = new HashSet<>();
        names.forEach(name -> codes.add(code(name)));
        return codes;
    }
}
