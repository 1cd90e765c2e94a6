package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.footcoach.session.Command;

/**
 * A screen's title, or for a moment in its place "Heard: Next" ({@link HeardFlash}) after a voice command: beside the
 * title there is no room on a small screen, and a row of its own would take height from the buttons below. EDT.
 */
final class TitleOrHeard extends JPanel {
    private static final String TITLE = "title";
    private static final String HEARD = "heard";

    private final HeardFlash heard = new HeardFlash();

    TitleOrHeard(String name, String title) {
        CardLayout cards = new CardLayout();
        setLayout(cards);
        setOpaque(false);
        JLabel label = new JLabel(title, JLabel.LEADING);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
        JPanel flash = new JPanel(new GridBagLayout());
        flash.setOpaque(false);
        GridBagConstraints leading = new GridBagConstraints();
        leading.anchor = GridBagConstraints.LINE_START;
        leading.weightx = 1;
        flash.add(heard, leading);
        add(label, TITLE);
        add(flash, HEARD);
        heard.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentShown(ComponentEvent e) {
                cards.show(TitleOrHeard.this, HEARD);
            }

            @Override
            public void componentHidden(ComponentEvent e) {
                cards.show(TitleOrHeard.this, TITLE);
            }
        });
    }

    void heard(Command command) {
        heard.flash(command);
    }
}
