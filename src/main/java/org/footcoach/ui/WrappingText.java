package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
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
