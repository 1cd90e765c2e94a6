package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import javax.swing.JButton;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The count in very large digits ({@code FootCoach.countHeightShare} of the window height, less when the space is
 * smaller) inside a ring that fills second by second, clockwise from the top centre, during a hold or timed work.
 * The ring is a rounded rectangle wider than tall ({@link RingTrack}), so two digits can be a third of the window
 * high in the short, wide middle of the screen. It is also the touch target that ends a hold early. Its text is the
 * number shown.
 */
final class CountRing extends JButton {
    /** The widest count: the digits are sized so that any count up to 99 fits and the size never jumps. */
    private static final String WIDEST_COUNT = "88";
    private static final float MEASURE_SIZE = 100f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private double progress;
    private boolean ringShown;
    private String countOf = "";

    CountRing() {
        setName("hold-ring");
        setFocusable(false);
        setContentAreaFilled(false);
        setBorderPainted(false);
        putClientProperty(FlatClientProperties.STYLE_CLASS, "ring");
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setForeground(UIManager.getColor("FootCoach.ring.foreground"));
    }

    /**
     * The number (or empty) with {@code of} ("of 10", or empty) smaller beside it, and the ring with how much of it
     * is filled (0 to 1) or no ring.
     */
    void show(String count, String of, boolean ring, double filled) {
        setText(count);
        countOf = of;
        ringShown = ring;
        progress = Math.max(0, Math.min(1, filled));
        repaint();
    }

    /** The words beside the number, such as "of 10"; empty when there are none. */
    String countOf() {
        return countOf;
    }

    boolean ringShown() {
        return ringShown;
    }

    double progress() {
        return progress;
    }

    /** The ring's shape at the present size. */
    RingTrack track() {
        return RingTrack.centredIn(getWidth(), getHeight(), ThemeMetric.scaled("FootCoach.ringWidth"),
                number("FootCoach.ringCornerShare"), number("FootCoach.ringWidestAspect"));
    }

    /**
     * The font the text is painted in: the count's font; words such as "3 min" smaller, never wider than the widest
     * count, so they keep the same calm space from the ring as the digits.
     */
    Font paintedFont() {
        String text = getText();
        if (text == null || text.isEmpty()) {
            return getFont();
        }
        float size = getFont().getSize2D();
        double asWideAsCount = size * measured(WIDEST_COUNT).getWidth() / measured(text).getWidth();
        return getFont().deriveFont(Font.BOLD, (float) Math.floor(Math.min(Math.min(size, asWideAsCount),
                fittingSize(text, track()))));
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(10, 10);
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        float size = countSize();
        if (size > 0 && Math.abs(getFont().getSize2D() - size) >= 1) {
            setFont(getFont().deriveFont(Font.BOLD, size));
        }
    }

    /** Digits {@code FootCoach.countHeightShare} of the window high, but never more than fits inside the ring. */
    private float countSize() {
        JRootPane root = SwingUtilities.getRootPane(this);
        int windowHeight = root != null ? root.getHeight() : getHeight();
        Rectangle2D digits = measured(WIDEST_COUNT);
        double wanted = number("FootCoach.countHeightShare") * windowHeight * MEASURE_SIZE / digits.getHeight();
        return (float) Math.floor(Math.min(wanted, fittingSize(WIDEST_COUNT, track())));
    }

    /** The largest whole font size at which {@code text}, with the theme's margin round it, fits inside the ring. */
    private float fittingSize(String text, RingTrack ring) {
        Rectangle2D box = measured(text);
        double margin = ThemeMetric.scaled("FootCoach.ringPadding");
        int low = 0;
        int high = Math.max(1, getHeight() * 2);
        while (low < high) {
            int size = (low + high + 1) / 2;
            double scale = size / MEASURE_SIZE;
            if (ring.holdsCentred(box.getWidth() * scale, box.getHeight() * scale, margin)) {
                low = size;
            } else {
                high = size - 1;
            }
        }
        return low;
    }

    private Rectangle2D measured(String text) {
        return getFont().deriveFont(Font.BOLD, MEASURE_SIZE).createGlyphVector(FRC, text).getVisualBounds();
    }

    private static double number(String key) {
        return ((Number) UIManager.get(key)).doubleValue();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            RingTrack ring = track();
            if (ringShown) {
                g.setStroke(new BasicStroke(ThemeMetric.scaled("FootCoach.ringWidth"), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND));
                g.setColor(UIManager.getColor("FootCoach.ring.track"));
                g.draw(ring.line());
                if (progress > 0) {
                    g.setColor(UIManager.getColor("FootCoach.ring.fill"));
                    g.draw(ring.part(progress));
                }
            }
            String text = getText();
            if (text != null && !text.isEmpty()) {
                paintText(g, text);
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * The number centred; with "of 10" the two side by side on one baseline, centred as a group, the words
     * {@code FootCoach.countOfShare} of the number's size, both smaller if the group would not fit the width.
     */
    private void paintText(Graphics2D g, String text) {
        Font font = paintedFont();
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle2D box = font.createGlyphVector(frc, text).getVisualBounds();
        float ofSize = (float) Math.floor(font.getSize2D() * number("FootCoach.countOfShare"));
        Font ofFont = font.deriveFont(Font.BOLD, ofSize);
        Rectangle2D ofBox = countOf.isEmpty() ? new Rectangle2D.Double()
                : ofFont.createGlyphVector(frc, countOf).getVisualBounds();
        double gap = countOf.isEmpty() ? 0 : ofFont.getSize2D() * 0.4;
        double wide = box.getWidth() + gap + ofBox.getWidth();
        double room = getWidth() - 2.0 * ThemeMetric.scaled("FootCoach.ringPadding");
        if (!countOf.isEmpty() && wide > room && room > 0) {
            double scale = room / wide;
            font = font.deriveFont(Font.BOLD, (float) Math.floor(font.getSize2D() * scale));
            ofFont = ofFont.deriveFont(Font.BOLD, (float) Math.floor(ofFont.getSize2D() * scale));
            box = font.createGlyphVector(frc, text).getVisualBounds();
            ofBox = ofFont.createGlyphVector(frc, countOf).getVisualBounds();
            gap *= scale;
            wide = box.getWidth() + gap + ofBox.getWidth();
        }
        g.setColor(getForeground());
        // Centre what is visible (the glyphs), not the advance box, so the digits sit in the middle.
        float tx = (float) ((getWidth() - wide) / 2 - box.getX());
        float ty = (float) ((getHeight() - box.getHeight()) / 2 - box.getY());
        g.setFont(font);
        g.drawString(text, tx, ty);
        if (!countOf.isEmpty()) {
            g.setFont(ofFont);
            g.drawString(countOf, (float) (tx + box.getX() + box.getWidth() + gap - ofBox.getX()), ty);
        }
    }
}
