package org.footcoach.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The last eight weeks in large print, one column a week, named under it ("19 Oct" ... "This week"): a bar of the
 * sessions of each week with its number over it, and over the bars the average answers to "How hard" (circles on a
 * solid line) and "Pain" (squares on a dashed line), all on the scale 0 to 10 at the side and named in a legend.
 * Shapes and words tell the two apart, so it reads in grey. Colours and sizes come from the theme ({@code FootCoach.chart.*}). EDT.
 */
final class WeeksChart extends JPanel {
    private static final int TOP_ANSWER = 10;
    private static final float[] DASH = {3f, 2f};

    private final List<HistoryWeek> weeks;
    private final List<String> names = new ArrayList<>();

    WeeksChart(List<HistoryWeek> weeks) {
        this.weeks = List.copyOf(weeks);
        setName("history-chart");
        setOpaque(false);
        DateTimeFormatter week = DateTimeFormatter.ofPattern(UiText.get("history.chart.week"), Locale.ENGLISH);
        for (int i = 0; i < weeks.size(); i++) {
            names.add(i == weeks.size() - 1 ? UiText.get("history.chart.thisWeek")
                    : week.format(weeks.get(i).monday()));
        }
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            counts.add(UiText.get("history.chart.weekCount", names.get(i), weeks.get(i).sessions()));
        }
        getAccessibleContext().setAccessibleDescription(
                UiText.get("history.chart.description", counts.stream().collect(Collectors.joining(", "))));
    }

    /** The weeks drawn, oldest first. */
    List<HistoryWeek> weeks() {
        return weeks;
    }

    /** What is under each week, oldest first: its Monday's date, and "This week" for the last. */
    List<String> weekNames() {
        return List.copyOf(names);
    }

    @Override
    public Dimension getPreferredSize() {
        int size = ThemeMetric.scaled("FootCoach.chart.textPoints");
        return new Dimension(size * 20, size * 12);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            super.paintComponent(graphics);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            new Drawing(g).draw();
        } finally {
            g.dispose();
        }
    }

    /** One painting: the sizes measured once, then each part from the top down. */
    private final class Drawing {
        private final Graphics2D g;
        private final Font text;
        private final Font heading;
        private final FontMetrics textMetrics;
        private final FontMetrics headingMetrics;
        private final Color ink = UIManager.getColor("FootCoach.chart.text");
        private final int gap = ThemeMetric.scaled("FootCoach.gap");
        private final int marker = ThemeMetric.scaled("FootCoach.chart.marker");
        private final float lineWidth = ThemeMetric.scaled("FootCoach.chart.lineWidth");
        private final int left;
        private final double column;

        Drawing(Graphics2D g) {
            this.g = g;
            Font base = UIManager.getFont("Label.font");
            text = base.deriveFont(Font.BOLD, ThemeMetric.scaled("FootCoach.chart.textPoints"));
            heading = base.deriveFont(Font.BOLD, ThemeMetric.scaled("FootCoach.chart.headingPoints"));
            textMetrics = g.getFontMetrics(text);
            headingMetrics = g.getFontMetrics(heading);
            left = textMetrics.stringWidth(String.valueOf(TOP_ANSWER)) + gap / 2;
            column = (getWidth() - left) / (double) weeks.size();
        }

        void draw() {
            int line = textMetrics.getHeight();
            int headingLine = headingMetrics.getHeight();
            legend(0);
            int top = headingLine + line;
            int bottom = getHeight() - line - marker / 2;
            int height = Math.max(line, bottom - top);
            bars(top, height);
            answers(top, height);
            Font weekFont = fitted(text, column * 0.95);
            FontMetrics weekMetrics = g.getFontMetrics(weekFont);
            for (int i = 0; i < weeks.size(); i++) {
                String name = names.get(i);
                say(weekFont, name, (int) Math.round(middle(i) - weekMetrics.stringWidth(name) / 2.0),
                        bottom + marker / 2 + weekMetrics.getAscent());
            }
        }

        /**
         * Each week's bar with its number over it, on the scale at the side (0 to 10), so 7 sessions stand at 7; only
         * a week of more than 10 sessions makes the busiest week the top instead.
         */
        private void bars(int top, int height) {
            int most = Math.max(TOP_ANSWER, weeks.stream().mapToInt(HistoryWeek::sessions).max().orElse(0));
            int bottom = top + height;
            for (int i = 0; i < weeks.size(); i++) {
                int count = weeks.get(i).sessions();
                int barHeight = (int) Math.round(height * count / (double) most);
                Rectangle2D bar = new Rectangle2D.Double(middle(i) - column * 0.3, bottom - barHeight, column * 0.6,
                        barHeight);
                g.setColor(UIManager.getColor("FootCoach.chart.bar"));
                g.fill(bar);
                g.setColor(ink);
                g.setStroke(new BasicStroke(2));
                g.draw(bar);
                sayCentred(String.valueOf(count), middle(i), bottom - barHeight - textMetrics.getDescent());
            }
        }

        /** What each mark means, in words after its shape: the bars, then the two lines. */
        private void legend(int top) {
            int baseline = top + headingMetrics.getAscent();
            int middle = top + headingMetrics.getHeight() / 2;
            int x = 0;
            g.setColor(UIManager.getColor("FootCoach.chart.bar"));
            Rectangle2D swatch = new Rectangle2D.Double(x, middle - marker / 2.0, marker * 0.6, marker);
            g.fill(swatch);
            g.setColor(ink);
            g.setStroke(new BasicStroke(2));
            g.draw(swatch);
            x += marker + gap / 3;
            String sessions = UiText.get("history.chart.sessions");
            say(heading, sessions, x, baseline);
            x += headingMetrics.stringWidth(sessions) + gap;
            for (Series series : Series.values()) {
                drawMarker(series, x + marker / 2.0, middle);
                x += marker + gap / 3;
                String name = UiText.get(series.nameKey);
                say(heading, name, x, baseline);
                x += headingMetrics.stringWidth(name) + gap;
            }
            String scale = UiText.get("history.chart.answers");
            if (x + textMetrics.stringWidth(scale) <= getWidth()) {
                say(text, scale, x, baseline);
            }
        }

        private void answers(int top, int height) {
            g.setStroke(new BasicStroke(1));
            for (int value = 0; value <= TOP_ANSWER; value += TOP_ANSWER / 2) {
                int y = top + height - height * value / TOP_ANSWER;
                g.setColor(UIManager.getColor("FootCoach.chart.grid"));
                g.drawLine(left, y, getWidth(), y);
                String label = String.valueOf(value);
                say(text, label, left - gap / 2 - textMetrics.stringWidth(label),
                        y + textMetrics.getAscent() / 2 - 2);
            }
            for (Series series : Series.values()) {
                g.setColor(UIManager.getColor(series.colourKey));
                g.setStroke(series.stroke(lineWidth));
                for (int i = 1; i < weeks.size(); i++) {
                    OptionalDouble from = series.of.apply(weeks.get(i - 1));
                    OptionalDouble to = series.of.apply(weeks.get(i));
                    if (from.isPresent() && to.isPresent()) {
                        g.drawLine((int) middle(i - 1), answerY(from.getAsDouble(), top, height), (int) middle(i),
                                answerY(to.getAsDouble(), top, height));
                    }
                }
                for (int i = 0; i < weeks.size(); i++) {
                    OptionalDouble value = series.of.apply(weeks.get(i));
                    if (value.isPresent()) {
                        drawMarker(series, middle(i), answerY(value.getAsDouble(), top, height));
                    }
                }
            }
        }

        /** {@code font}, smaller when the widest week name would not fit in {@code width}, but never below 3/4. */
        private Font fitted(Font font, double width) {
            int widest = names.stream().mapToInt(g.getFontMetrics(font)::stringWidth).max().orElse(0);
            if (widest <= width) {
                return font;
            }
            return font.deriveFont((float) Math.max(font.getSize2D() * 0.75, font.getSize2D() * width / widest));
        }

        private int answerY(double value, int top, int height) {
            return (int) Math.round(top + height - height * value / TOP_ANSWER);
        }

        /** A square for pain, a smaller circle for effort on top of it, each edged so both show where they meet. */
        private void drawMarker(Series series, double x, double y) {
            double size = series == Series.PAIN ? marker : marker * 0.8;
            Shape shape = series == Series.PAIN
                    ? new Rectangle2D.Double(x - size / 2, y - size / 2, size, size)
                    : new Ellipse2D.Double(x - size / 2, y - size / 2, size, size);
            g.setColor(UIManager.getColor(series.colourKey));
            g.fill(shape);
            g.setColor(ink);
            g.setStroke(new BasicStroke(2));
            g.draw(shape);
        }

        private double middle(int week) {
            return left + column * (week + 0.5);
        }

        private void sayCentred(String words, double x, int baseline) {
            say(text, words, (int) Math.round(x - textMetrics.stringWidth(words) / 2.0), baseline);
        }

        private void say(Font font, String words, int x, int baseline) {
            g.setColor(ink);
            g.setFont(font);
            g.drawString(words, x, baseline);
        }
    }

    /** The two lines: which answer, its name and its colour in the theme, and how its line is drawn. */
    private enum Series {
        EFFORT("history.chart.effort", "FootCoach.chart.effort", HistoryWeek::effort),
        PAIN("history.chart.pain", "FootCoach.chart.pain", HistoryWeek::pain);

        private final String nameKey;
        private final String colourKey;
        private final Function<HistoryWeek, OptionalDouble> of;

        Series(String nameKey, String colourKey, Function<HistoryWeek, OptionalDouble> of) {
            this.nameKey = nameKey;
            this.colourKey = colourKey;
            this.of = of;
        }

        BasicStroke stroke(float width) {
            return this == EFFORT ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {DASH[0] * width, DASH[1] * width}, 0f);
        }
    }
}
