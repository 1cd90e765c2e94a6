package org.footcoach.app;

import java.awt.event.KeyEvent;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.ui.testing.GuiRobot;

/**
 * Key presses as a pedal or clicker sends them to the app's window: down, then up a moment later, with event times
 * of their own, each press well after the one before (so none is taken for a key held or repeated).
 */
final class PedalPresses {
    /** How long a short press stays down; a held one stays down a second. */
    static final long SHORT_MILLIS = 100;
    static final long HELD_MILLIS = 1_000;

    private final GuiRobot gui;
    private final FrameFixture frame;
    private long keyTime = 1_000_000;

    PedalPresses(GuiRobot gui, FrameFixture frame) {
        this.gui = gui;
        this.frame = frame;
    }

    /** Sends the key {@code code} down and up {@code downMillis} later (event times), on the EDT. */
    void press(int code, long downMillis) {
        keyTime += 10_000;
        long down = keyTime;
        gui.onEdt(() -> {
            JRootPane root = ((JFrame) frame.target()).getRootPane();
            root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_PRESSED, down, 0, code, KeyEvent.CHAR_UNDEFINED));
            root.dispatchEvent(new KeyEvent(root, KeyEvent.KEY_RELEASED, down + downMillis, 0, code,
                    KeyEvent.CHAR_UNDEFINED));
            return null;
        });
    }
}
