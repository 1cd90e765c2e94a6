package org.footcoach.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * The size and contrast audit: walks every visible component of a screen laid out in a window of a given size and
 * lists text under 28 px, contrast under 7:1 from the real colours, a button under 90 px high or wide, buttons
 * closer than 25 px, text cut off, or anything outside the window. The limits are for UI scale 1 and are measured
 * in device pixels, so at UI scale 2 (3840x2160) they double: text 56 px, buttons 180 px, gaps 50 px. EDT.
 */
final class ScreenAudit {
    private static final int BODY_PX = 28;
    private static final int TARGET_PX = 90;
    private static final int GAP_PX = 25;
    private static final double CONTRAST = 7.0;

    private ScreenAudit() {
    }

    /** Installs {@code theme} for {@code size} and audits every sample screen. */
    static List<String> allScreens(Theme theme, Dimension size) {
        ThemeSetup.install(size, theme);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Supplier<JComponent>> screen : new ScreenSamples().all().entrySet()) {
            found.addAll(check(screen.getKey(), screen.getValue().get(), size));
        }
        return found;
    }

    /** Shows {@code screen} in a window of {@code size} (with a banner) and lists what breaks the rules. */
    static List<String> check(String name, JComponent screen, Dimension size) {
        AppWindow window = AppWindow.windowed(size.width, size.height);
        try {
            window.show(name, screen);
            window.showBanner("No microphone");
            JComponent root = window.contentPane();
            root.setSize(size);
            for (int pass = 0; pass < 3; pass++) {
                invalidateAll(root);
                root.validate();
            }
            List<String> problems = new ArrayList<>();
            int gapPx = scaled(GAP_PX);
            List<Rectangle> buttons = new ArrayList<>();
            List<String> buttonNames = new ArrayList<>();
            walk(root, root, name, problems, buttons, buttonNames);
            for (int i = 0; i < buttons.size(); i++) {
                for (int j = i + 1; j < buttons.size(); j++) {
                    int gap = gap(buttons.get(i), buttons.get(j));
                    if (gap < gapPx) {
                        problems.add(name + ": buttons " + buttonNames.get(i) + " and " + buttonNames.get(j)
                                + " are " + gap + " px apart");
                    }
                }
            }
            return problems;
        } finally {
            window.close();
        }
    }

    private static void invalidateAll(Container c) {
        c.invalidate();
        for (Component child : c.getComponents()) {
            if (child instanceof Container inner) {
                invalidateAll(inner);
            }
        }
    }

    private static void walk(Component c, JComponent root, String screen, List<String> problems,
                             List<Rectangle> buttons, List<String> buttonNames) {
        // A scroll bar is a second way to move through help; the big Up and Down buttons are the touch targets.
        if (!c.isVisible() || c instanceof JScrollBar) {
            return;
        }
        String where = screen + ": " + (c.getName() != null ? c.getName() : c.getClass().getSimpleName());
        // The root's own place in the frame is the window manager's business; everything is measured from it.
        Rectangle bounds = boundsIn(root, c);
        boolean scrolled = SwingUtilities.getAncestorOfClass(JViewport.class, c) != null;
        Rectangle window = new Rectangle(0, 0, root.getWidth(), root.getHeight());
        if (!scrolled && !window.contains(bounds)) {
            problems.add(where + ": outside the window at " + bounds);
        }
        String text = textOf(c);
        if (text != null && !text.isBlank()) {
            int px = c.getFont().getSize();
            if (px < scaled(BODY_PX)) {
                problems.add(where + ": text " + px + " px");
            }
            double contrast = contrast(c.getForeground(), backgroundOf(c));
            if (contrast < CONTRAST) {
                problems.add(where + String.format(": contrast %.2f:1", contrast));
            }
            if (!(c instanceof JTextComponent) && c.getPreferredSize().width > c.getWidth() + 1) {
                problems.add(where + ": text cut off (needs " + c.getPreferredSize().width + " px, has "
                        + c.getWidth() + ")");
            }
            if (c instanceof JTextComponent && !scrolled && c.getPreferredSize().height > c.getHeight() + 1) {
                problems.add(where + ": text cut off (needs " + c.getPreferredSize().height + " px high, has "
                        + c.getHeight() + ")");
            }
        }
        if (c instanceof AbstractButton) {
            if (c.getHeight() < scaled(TARGET_PX) || c.getWidth() < scaled(TARGET_PX)) {
                problems.add(where + ": button " + c.getWidth() + " x " + c.getHeight() + " px, " + c.getHeight()
                        + " px high");
            }
            buttons.add(bounds);
            buttonNames.add(c.getName());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                walk(child, root, screen, problems, buttons, buttonNames);
            }
        }
    }

    /**
     * {@code c}'s bounds in {@code root}, added up through its parents. Not {@code SwingUtilities.convertRectangle}:
     * it goes through the screen, reading the frame's place once for each call, and the window manager may still be
     * moving the frame in between (seen as a button at x = -1 and two buttons 24 px apart in a 25 px grid).
     */
    private static Rectangle boundsIn(JComponent root, Component c) {
        if (c == root) {
            return new Rectangle(0, 0, root.getWidth(), root.getHeight());
        }
        Rectangle bounds = c.getBounds();
        for (Component parent = c.getParent(); parent != root; parent = parent.getParent()) {
            bounds.translate(parent.getX(), parent.getY());
        }
        return bounds;
    }

    private static String textOf(Component c) {
        if (c instanceof JLabel label) {
            return label.getText();
        } else if (c instanceof AbstractButton button) {
            return button.getText();
        } else if (c instanceof JTextComponent area) {
            return area.getText();
        }
        return null;
    }

    /** What is painted behind the text: a filled button's own colour, else the nearest opaque component. */
    private static Color backgroundOf(Component c) {
        if (c instanceof AbstractButton button && button.isContentAreaFilled()) {
            return button.getBackground();
        }
        for (Component at = c; at != null; at = at.getParent()) {
            if (at.isOpaque() && at.getBackground() != null) {
                return at.getBackground();
            }
        }
        return Color.WHITE;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int gap(Rectangle a, Rectangle b) {
        int dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
        int dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
        return Math.max(dx, dy);
    }

    /** A limit in device pixels at the current UI scale. */
    private static int scaled(int px) {
        return (int) Math.round(px * UIScale.getUserScaleFactor());
    }
}
