package org.footcoach.ui;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * The step being said, in large print in the middle of the screen, wrapped at words and centred, bold at
 * {@code FootCoach.stepTextLargest}; a long sentence in a small space shrinks, never below
 * {@code FootCoach.stepTextSmallest}.
 */
final class StepText extends JLabel {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private Font largest;

    StepText(String name) {
        super(" ", SwingConstants.CENTER);
        setName(name);
    }

    @Override
    public void setText(String text) {
        super.setText(text);
        fit();
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        fit();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        largest = UIManager.getFont("Label.font").deriveFont(Font.BOLD, ThemeMetric.scaled("FootCoach.stepTextLargest"));
        setFont(largest);
        fit();
    }

    /** Wraps to any width: the size comes from the space the layout gives. */
    @Override
    public Dimension getPreferredSize() {
        return new Dimension(10, 10);
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }

    /** Whether the text at its fitted size fits the box (false only when even the smallest size does not). */
    boolean fits() {
        return linesHeight(getFont(), getWidth()) <= getHeight();
    }

    private void fit() {
        if (largest == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        float smallest = Math.min(largest.getSize2D(), ThemeMetric.scaled("FootCoach.stepTextSmallest"));
        float size = largest.getSize2D();
        while (size > smallest && linesHeight(largest.deriveFont(size), getWidth()) > getHeight()) {
            size = Math.max(smallest, size - 2);
        }
        if (size != getFont().getSize2D()) {
            setFont(largest.deriveFont(size));
        }
    }

    private double linesHeight(Font font, int width) {
        double height = 0;
        for (TextLayout line : lines(font, width)) {
            height += line.getAscent() + line.getDescent() + line.getLeading();
        }
        return height;
    }

    private List<TextLayout> lines(Font font, int width) {
        List<TextLayout> lines = new ArrayList<>();
        String text = getText();
        if (text == null || text.isBlank() || width <= 0) {
            return lines;
        }
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), FRC);
        while (measurer.getPosition() < text.length()) {
            lines.add(measurer.nextLayout(width));
        }
        return lines;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(getForeground());
            List<TextLayout> lines = lines(getFont(), getWidth());
            double y = (getHeight() - linesHeight(getFont(), getWidth())) / 2;
            for (TextLayout line : lines) {
                y += line.getAscent();
                // The visible advance leaves out the space at the end of a wrapped line, so the words sit centred.
                line.draw(g, (float) (getWidth() - line.getVisibleAdvance()) / 2, (float) y);
                y += line.getDescent() + line.getLeading();
            }
        } finally {
            g.dispose();
        }
    }
}
