package org.footcoach.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** A picture on the left half; on the right, words from the top and a button under them. */
final class PictureAndWords extends JPanel {
    PictureAndWords(String name, PictureView picture, int gap, JComponent... words) {
        super(new GridLayout(1, 2, gap, 0));
        setName(name);
        setOpaque(false);
        add(picture);
        JPanel column = new JPanel(new GridBagLayout());
        column.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTH;
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            boolean button = words[i] instanceof TouchButton;
            c.insets = new Insets(i == 0 ? 0 : button ? gap : gap / 2, 0, 0, 0);
            c.weighty = last ? 1 : 0;
            column.add(words[i], c);
        }
        add(column);
    }
}
