package org.footcoach.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * How loud the microphone is, as a wide bar that fills from the left: a person sees at once whether they are heard.
 * Drawn in the ring's colours, so it reads in both themes. EDT.
 */
final class LevelMeter extends JComponent {
    private double level;

    LevelMeter(String name) {
        setName(name);
        setOpaque(false);
        int height = ThemeMetric.scaled("FootCoach.ringWidth") * 3;
        setPreferredSize(new Dimension(height * 4, height));
        setMinimumSize(new Dimension(height, height));
    }

    /** 0 (silence) to 1 (full scale). */
    void show(double newLevel) {
        level = Math.max(0, Math.min(1, newLevel));
        repaint();
    }

    double level() {
        return level;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int arc = getHeight() / 2;
            g.setColor(UIManager.getColor("FootCoach.ring.track"));
            g.fillRoundRect(0, 0, getWidth(), getHeight(), arc, arc);
            int filled = (int) Math.round(getWidth() * level);
            if (filled > 0) {
                g.setColor(UIManager.getColor("FootCoach.ring.fill"));
                g.fillRoundRect(0, 0, Math.max(filled, arc), getHeight(), arc, arc);
            }
        } finally {
            g.dispose();
        }
    }
}
