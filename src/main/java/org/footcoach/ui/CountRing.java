package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.Rectangle;
import javax.swing.JButton;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The count in very large digits (about a third of the window height, less when the space is smaller), inside a
 * ring that fills second by second during a hold or timed work. It is also the touch target that ends a hold
 * early. Its text is the number shown.
 */
final class CountRing extends JButton {
    private static final String SAMPLE = "88";
    private double progress;
    private boolean ringShown;

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

    /** The number (or empty), and the ring with how much of it is filled (0 to 1) or no ring. */
    void show(String count, boolean ring, double filled) {
        setText(count);
        ringShown = ring;
        progress = Math.max(0, Math.min(1, filled));
        repaint();
    }

    boolean ringShown() {
        return ringShown;
    }

    double progress() {
        return progress;
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
        float size = fittingFontSize(width, height);
        if (size > 0 && Math.abs(getFont().getSize2D() - size) >= 1) {
            setFont(getFont().deriveFont(Font.BOLD, size));
        }
    }

    /** Digits a third of the window high, but never wider or taller than the inside of the ring. */
    private float fittingFontSize(int width, int height) {
        JRootPane root = SwingUtilities.getRootPane(this);
        int windowHeight = root != null ? root.getHeight() : height;
        double share = ((Number) UIManager.get("FootCoach.countHeightShare")).doubleValue();
        double inside = Math.min(width, height) - 2.0 * ringWidth();
        if (inside <= 0) {
            return 0;
        }
        Font unit = getFont().deriveFont(Font.BOLD, 100f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Rectangle digits = unit.createGlyphVector(frc, SAMPLE).getVisualBounds().getBounds();
        double perPointHigh = digits.height / 100.0;
        double perPointWide = digits.width / 100.0;
        double wanted = share * windowHeight / perPointHigh;
        // Inside a circle of diameter d a box of 0.8 d by 0.55 d fits with room to spare.
        double fitHigh = 0.55 * inside / perPointHigh;
        double fitWide = 0.8 * inside / perPointWide;
        return (float) Math.floor(Math.min(wanted, Math.min(fitHigh, fitWide)));
    }

    private int ringWidth() {
        return ThemeMetric.scaled("FootCoach.ringWidth");
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int ring = ringWidth();
            double d = Math.min(getWidth(), getHeight()) - ring;
            double x = (getWidth() - d) / 2;
            double y = (getHeight() - d) / 2;
            if (ringShown) {
                g.setStroke(new BasicStroke(ring, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.setColor(UIManager.getColor("FootCoach.ring.track"));
                g.draw(new Ellipse2D.Double(x, y, d, d));
                g.setColor(UIManager.getColor("FootCoach.ring.fill"));
                g.draw(new Arc2D.Double(x, y, d, d, 90, -360 * progress, Arc2D.OPEN));
            }
            String text = getText();
            if (text != null && !text.isEmpty()) {
                // Words such as "3 min" are wider than two digits: shrink them to fit inside the ring.
                Font font = getFont();
                double room = 0.8 * (Math.min(getWidth(), getHeight()) - 2.0 * ring);
                double wide = g.getFontMetrics(font).stringWidth(text);
                if (wide > room && room > 0) {
                    font = font.deriveFont((float) Math.floor(font.getSize2D() * room / wide));
                }
                g.setFont(font);
                g.setColor(getForeground());
                GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
                Rectangle box = glyphs.getVisualBounds().getBounds();
                FontMetrics metrics = g.getFontMetrics();
                int tx = (getWidth() - metrics.stringWidth(text)) / 2;
                int ty = (getHeight() - box.height) / 2 - box.y;
                g.drawString(text, tx, ty);
            }
        } finally {
            g.dispose();
        }
    }
}
