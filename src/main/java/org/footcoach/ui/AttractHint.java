package org.footcoach.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * The attract screen's quiet moving hint: a ring that slowly widens from a dot, like a finger's touch. A Swing timer
 * at {@value #FRAMES_PER_SECOND} frames a second repaints only this small square, and only while it is showing, so
 * an unattended kiosk spends almost nothing on it.
 */
final class AttractHint extends JComponent {
    static final int FRAMES_PER_SECOND = 4;
    private static final int FRAMES_PER_RIPPLE = 8;

    private final Timer timer = new Timer(1000 / FRAMES_PER_SECOND, e -> advance());
    private int frame;

    AttractHint() {
        setName("attract-hint");
        // Opaque, so a frame repaints this square alone and never the screen behind it.
        setOpaque(true);
        int side = ThemeMetric.scaled("FootCoach.attractHint");
        setPreferredSize(new Dimension(side, side));
    }

    @Override
    public void addNotify() {
        super.addNotify();
        timer.start();
    }

    @Override
    public void removeNotify() {
        timer.stop();
        super.removeNotify();
    }

    /** Whether it is moving now (only while shown). */
    boolean moving() {
        return timer.isRunning();
    }

    int delayMillis() {
        return timer.getDelay();
    }

    private void advance() {
        frame = (frame + 1) % FRAMES_PER_RIPPLE;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(getParent() != null ? getParent().getBackground() : getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            Color colour = UIManager.getColor("FootCoach.ring.fill");
            int side = Math.min(getWidth(), getHeight());
            int stroke = Math.max(2, side / 20);
            int dot = side / 5;
            g2.setColor(colour);
            g2.fillOval((getWidth() - dot) / 2, (getHeight() - dot) / 2, dot, dot);
            int ring = dot + (side - dot - stroke) * frame / (FRAMES_PER_RIPPLE - 1);
            g2.setStroke(new BasicStroke(stroke));
            g2.drawOval((getWidth() - ring) / 2, (getHeight() - ring) / 2, ring, ring);
        } finally {
            g2.dispose();
        }
    }
}
