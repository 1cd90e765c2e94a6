package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Rectangle;
import javax.swing.JTextArea;

/** Read-only text that wraps at word boundaries and looks like a label. */
final class WrappingText extends JTextArea {
    WrappingText(String name, String text, String styleClass) {
        super(text);
        setName(name);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    }

    /**
     * Never scrolls what holds it. A text area asks its scroll pane to show its caret, which sits at the end of its
     * text: Help then opened scrolled to its last line, with the stop rules out of sight.
     */
    @Override
    public void scrollRectToVisible(Rectangle area) {
        // Read-only text has no caret a person needs to see.
    }

    /** Its height depends on its width: when the width changes, lay out again so no line is cut off. */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean newWidth = width != getWidth();
        super.setBounds(x, y, width, height);
        if (newWidth) {
            revalidate();
        }
    }
}
