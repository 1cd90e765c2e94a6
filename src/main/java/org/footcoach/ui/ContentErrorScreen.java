package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.border.EmptyBorder;

/**
 * Shown instead of the start screen when the exercise file has errors: every error line in large print, and one
 * button (or Escape, Enter, Space) to close the app.
 */
public final class ContentErrorScreen extends JPanel {
    public static final String SCREEN_NAME = "content-errors";

    private final JButton close = new JButton(UiText.get("errors.close"));

    public ContentErrorScreen(List<String> errorLines) {
        super(new BorderLayout(0, ThemeMetric.scaled("FootCoach.gap")));
        setName("content-error-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        setBorder(new EmptyBorder(margin, margin, margin, margin));

        JPanel top = new JPanel();
        top.setOpaque(false);
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        JLabel title = new JLabel(UiText.get("errors.title", errorLines.size()));
        title.setName("errors-title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
        top.add(title);
        top.add(Box.createVerticalStrut(ThemeMetric.scaled("FootCoach.gap") / 2));
        WrappingText explanation = new WrappingText("errors-explanation", UiText.get("errors.explanation"), "body");
        explanation.setAlignmentX(LEFT_ALIGNMENT);
        top.add(explanation);
        add(top, BorderLayout.NORTH);

        // A blank line between errors, so each one stands apart when it wraps.
        WrappingText lines = new WrappingText("error-lines", String.join("\n\n", errorLines), "errorLines");
        lines.setBorder(new EmptyBorder(margin / 2, margin / 2, margin / 2, margin / 2));
        lines.setOpaque(true);
        JScrollPane scroll = new JScrollPane(lines);
        scroll.setName("error-lines-scroll");
        add(scroll, BorderLayout.CENTER);

        close.setName("errors-close");
        // Keys act on the window (Escape, Enter, Space, or a pedal sending them), so the button never takes focus.
        close.setFocusable(false);
        close.putClientProperty(FlatClientProperties.STYLE_CLASS, "large");
        add(close, BorderLayout.SOUTH);

        for (int key : new int[] {KeyEvent.VK_ESCAPE, KeyEvent.VK_ENTER, KeyEvent.VK_SPACE}) {
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), "close");
        }
        getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                close.doClick();
            }
        });
    }

    /** Called on the EDT when the person asks to close. */
    public void onClose(Runnable listener) {
        close.addActionListener(e -> listener.run());
    }
}
