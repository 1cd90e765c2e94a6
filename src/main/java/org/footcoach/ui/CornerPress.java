package org.footcoach.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * A finger (or the mouse) pressed on the window's top-left corner, and when it lifts or slides away: the kiosk's
 * admin gesture is that press held for some seconds. It watches every mouse event of the window, whatever it lands
 * on, so no screen can hide the corner.
 */
final class CornerPress implements AWTEventListener {
    private final JFrame frame;
    private final Runnable pressed;
    private final Runnable released;
    private boolean down;

    CornerPress(JFrame frame, Runnable pressed, Runnable released) {
        this.frame = frame;
        this.pressed = pressed;
        this.released = released;
    }

    void install() {
        Toolkit.getDefaultToolkit().addAWTEventListener(this,
                AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK);
    }

    void uninstall() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (!(event instanceof MouseEvent mouse) || !(mouse.getSource() instanceof Component source)
                || SwingUtilities.getWindowAncestor(source) != frame && source != frame) {
            return;
        }
        boolean inCorner = inCorner(SwingUtilities.convertPoint(source, mouse.getPoint(), frame.getRootPane()));
        switch (mouse.getID()) {
            case MouseEvent.MOUSE_PRESSED -> {
                if (inCorner) {
                    down = true;
                    pressed.run();
                }
            }
            case MouseEvent.MOUSE_DRAGGED -> {
                if (down && !inCorner) {
                    lift();
                }
            }
            case MouseEvent.MOUSE_RELEASED -> {
                if (down) {
                    lift();
                }
            }
            default -> {
                // Moves and clicks say nothing about a held press.
            }
        }
    }

    private void lift() {
        down = false;
        released.run();
    }

    private static boolean inCorner(Point point) {
        int side = ThemeMetric.scaled("FootCoach.adminCorner");
        return point.x >= 0 && point.y >= 0 && point.x < side && point.y < side;
    }
}
