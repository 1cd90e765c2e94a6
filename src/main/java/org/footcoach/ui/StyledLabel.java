package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.GridBagLayout;
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

    /** The top of a screen: its title (or "Heard: ...") across, and one big button at the end of the line. */
    static JPanel titleRow(TitleOrHeard title, TouchButton button, int gap) {
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
