package org.footcoach.ui;

import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.HashMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * What a person's hands are doing across the screens of one window, so a screen can tell a press that was meant
 * for the screen before it: the keys held down now (each with the screen's {@link PedalKeys} that saw it go down)
 * and the last tap that acted, with where it was. Kept on the window's root pane, one per window. EDT only.
 */
final class PressesAcrossScreens {
    private final JRootPane root;
    private final Map<Integer, PedalKeys> heldOn = new HashMap<>();
    private TouchButton lastTap;
    private long lastTapAt;
    private Rectangle lastTapArea;

    private PressesAcrossScreens(JRootPane root) {
        this.root = root;
    }

    /** The one of {@code component}'s window; a fresh one (nothing carried over) when it is in no window. */
    static PressesAcrossScreens of(JComponent component) {
        JRootPane root = component.getRootPane();
        if (root == null) {
            return new PressesAcrossScreens(null);
        }
        if (root.getClientProperty(PressesAcrossScreens.class) instanceof PressesAcrossScreens kept) {
            return kept;
        }
        PressesAcrossScreens made = new PressesAcrossScreens(root);
        root.putClientProperty(PressesAcrossScreens.class, made);
        return made;
    }

    /**
     * {@code key} went down (or repeats) at {@code when} on the screen whose keys are {@code screenKeys}. Returns the
     * press to act on now, or null: among others for a key held down since the screen before. A key between two
     * taps means they were not one double tap.
     */
    PedalKeys.Press keyDown(int key, long when, PedalKeys screenKeys) {
        lastTap = null;
        PedalKeys since = heldOn.putIfAbsent(key, screenKeys);
        if (since == null) {
            screenKeys.forgetHeld(key);
        } else if (since != screenKeys) {
            return null;
        }
        return screenKeys.pressed(key, when);
    }

    /** {@code key} came up at {@code when} on the screen whose keys are {@code screenKeys}: what to act on, or null. */
    PedalKeys.Press keyUp(int key, long when, PedalKeys screenKeys) {
        heldOn.remove(key);
        return screenKeys.released(key, when);
    }

    /** A tap on {@code button} acted at {@code at} (the button's clock). */
    void tapped(TouchButton button, long at) {
        if (root == null) {
            return;
        }
        lastTap = button;
        lastTapAt = at;
        lastTapArea = SwingUtilities.convertRectangle(button.getParent(), button.getBounds(), root);
    }

    /**
     * True when {@code tap} on {@code button} at {@code at} is the second of a double tap whose first changed what
     * is on screen: the button tapped first is gone, and this tap came within the double-tap time, where it was.
     */
    boolean secondTapOnNewScreen(TouchButton button, long at, MouseEvent tap) {
        return lastTap != null && lastTap != button && !lastTap.isShowing()
                && at - lastTapAt < TouchButton.DOUBLE_TAP_MILLIS
                && lastTapArea.contains(SwingUtilities.convertPoint(tap.getComponent(), tap.getPoint(), root));
    }
}
