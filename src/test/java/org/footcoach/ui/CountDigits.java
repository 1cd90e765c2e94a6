package org.footcoach.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Measures the count as it is really drawn: lays a session screen out in a window of the given size (with a banner,
 * as when there is no sound), paints the whole window into an image and finds the pixels of the digits' colour
 * inside the ring. EDT, after the theme is installed.
 */
final class CountDigits {
    /** How far (summed over red, green and blue) a pixel may be from the digits' colour: their solid middle. */
    private static final int SOLID = 60;

    /** The digits' visible box, in window pixels; the window's size; the ring, in window pixels. */
    record Measured(Rectangle digits, Dimension window, RingTrack track, Point ringAt) {
        double heightShare() {
            return digits.height / (double) window.height;
        }

        /** Whether the digits lie wholly inside the ring's line. */
        boolean insideRing() {
            Rectangle inRing = new Rectangle(digits.x - ringAt.x, digits.y - ringAt.y, digits.width,
                    digits.height);
            return track.inside().contains(inRing);
        }

        /** Whether the ring, line included, lies wholly inside the window. */
        boolean ringInWindow() {
            Rectangle outer = AffineTransform.getTranslateInstance(ringAt.x, ringAt.y)
                    .createTransformedShape(track.outerBounds()).getBounds();
            return new Rectangle(window).contains(outer);
        }
    }

    private CountDigits() {
    }

    static Measured measure(JComponent screen, Dimension size) {
        AppWindow window = AppWindow.windowed(size.width, size.height);
        try {
            window.show("count", screen);
            window.showBanner("No sound: captions only");
            JComponent root = window.contentPane();
            root.setSize(size);
            for (int pass = 0; pass < 3; pass++) {
                invalidateAll(root);
                root.validate();
            }
            BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            root.printAll(g);
            g.dispose();
            CountRing ring = (CountRing) find(root, "hold-ring");
            Point at = SwingUtilities.convertPoint(ring, 0, 0, root);
            Rectangle area = new Rectangle(at.x, at.y, ring.getWidth(), ring.getHeight());
            return new Measured(pixelsOf(image, area, ring.getForeground()), size, ring.track(), at);
        } finally {
            window.close();
        }
    }

    private static Rectangle pixelsOf(BufferedImage image, Rectangle area, Color colour) {
        Rectangle found = null;
        Rectangle inImage = area.intersection(new Rectangle(image.getWidth(), image.getHeight()));
        for (int y = inImage.y; y < inImage.y + inImage.height; y++) {
            for (int x = inImage.x; x < inImage.x + inImage.width; x++) {
                Color pixel = new Color(image.getRGB(x, y));
                int distance = Math.abs(pixel.getRed() - colour.getRed())
                        + Math.abs(pixel.getGreen() - colour.getGreen())
                        + Math.abs(pixel.getBlue() - colour.getBlue());
                if (distance <= SOLID) {
                    Rectangle dot = new Rectangle(x, y, 1, 1);
                    found = found == null ? dot : found.union(dot);
                }
            }
        }
        if (found == null) {
            throw new AssertionError("no pixels of the count's colour inside the ring at " + area);
        }
        return found;
    }

    private static Component find(Container in, String name) {
        Component found = findOrNull(in, name);
        if (found == null) {
            throw new AssertionError("no component named " + name);
        }
        return found;
    }

    private static Component findOrNull(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = findOrNull(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void invalidateAll(Container c) {
        c.invalidate();
        for (Component child : c.getComponents()) {
            if (child instanceof Container inner) {
                invalidateAll(inner);
            }
        }
    }
}
