package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.EventQueue;
import java.awt.event.MouseEvent;
import java.util.Objects;
import java.util.function.LongSupplier;
import javax.swing.JButton;

/**
 * A big button for touch: never takes focus (keys act on the window), styled by its class in the theme. A second
 * press within {@link #DOUBLE_TAP_MILLIS} of the last one that acted is a double tap or a shaky finger and is ignored,
 * unless the button has changed its words in between (Pause became Go on) or the screen says so (a new exercise):
 * then the person pressed what they saw. A tap within that time of a tap that changed the screen (another button,
 * now gone) where that button was is the second tap of that double tap and is ignored too: it was meant for the
 * screen before.
 */
final class TouchButton extends JButton {
    static final long DOUBLE_TAP_MILLIS = 400;
    private final LongSupplier millis;
    private long lastActed = Long.MIN_VALUE;

    TouchButton(String name, String text, String styleClass, Runnable action) {
        this(name, text, styleClass, action, () -> System.nanoTime() / 1_000_000);
    }

    /** As above, timing presses on {@code millis} (a monotonic clock in milliseconds; tests give their own). */
    TouchButton(String name, String text, String styleClass, Runnable action, LongSupplier millis) {
        super(text);
        this.millis = millis;
        setName(name);
        setFocusable(false);
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        addActionListener(e -> {
            if (firstTap()) {
                action.run();
            }
        });
    }

    @Override
    public void setText(String text) {
        if (!Objects.equals(text, getText())) {
            acceptNextTap();
        }
        super.setText(text);
    }

    /** The screen changed under the button (a new exercise): the next press is a new decision and acts. */
    void acceptNextTap() {
        lastActed = Long.MIN_VALUE;
    }

    void style(String styleClass) {
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    }

    private boolean firstTap() {
        long now = millis.getAsLong();
        if (lastActed != Long.MIN_VALUE && now - lastActed < DOUBLE_TAP_MILLIS) {
            return false;
        }
        // Keys and voice click buttons too (doClick); only a finger or a mouse can double tap.
        MouseEvent tap = EventQueue.getCurrentEvent() instanceof MouseEvent m ? m : null;
        PressesAcrossScreens window = PressesAcrossScreens.of(this);
        if (tap != null && window.secondTapOnNewScreen(this, now, tap)) {
            return false;
        }
        lastActed = now;
        if (tap != null) {
            window.tapped(this, now);
        }
        return true;
    }
}
