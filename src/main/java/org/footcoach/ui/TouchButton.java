package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;

/** A big button for touch: never takes focus (keys act on the window), styled by its class in the theme. */
final class TouchButton extends JButton {
    TouchButton(String name, String text, String styleClass, Runnable action) {
        super(text);
        setName(name);
        setFocusable(false);
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        addActionListener(e -> action.run());
    }

    void style(String styleClass) {
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    }
}
