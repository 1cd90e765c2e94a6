package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The small pieces every screen is made of, named for tests and styled by the theme's style classes. EDT. */
final class StyledLabel {
    private StyledLabel() {
    }

    /** A one-line label named {@code name}, in the theme's style class {@code style}. */
    static JLabel of(String name, String style, String text) {
        JLabel label = new JLabel(text, JLabel.LEADING);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        return label;
    }

    /** Big buttons side by side, each as wide as its words, {@code gap} apart. */
    static JPanel buttonRow(int gap, TouchButton... buttons) {
        JPanel row = new JPanel(new GridBagLayout());
        row.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        for (int i = 0; i < buttons.length; i++) {
            c.insets = new Insets(0, i == 0 ? 0 : gap, 0, 0);
            c.fill = GridBagConstraints.VERTICAL;
            row.add(buttons[i], c);
        }
        return row;
    }

    /** The top of a screen: its title (or "Heard: ...") across, and its big buttons at the end of the line. */
    static JPanel titleRow(TitleOrHeard title, JComponent button, int gap) {
        JPanel row = new JPanel(new BorderLayout(gap, 0));
        row.setOpaque(false);
        row.add(title, BorderLayout.CENTER);
        JPanel end = new JPanel(new GridBagLayout());
        end.setOpaque(false);
        end.add(button);
        row.add(end, BorderLayout.LINE_END);
        return row;
    }
}
