package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;

/**
 * The top of the session screen: the exercise name with the "heard" flash beside it, and under them the progress
 * with the side and round. During the closing words (no exercise after the last one, or the session stopped) it
 * says so instead. EDT.
 */
final class SessionHeader extends JPanel {
    private final JLabel name = label("exercise-name", "title", SwingConstants.LEADING);
    private final JLabel progress = label("progress", "progress", SwingConstants.LEADING);
    private final JLabel status = label("status", "progress", SwingConstants.TRAILING);
    private final HeardFlash heard = new HeardFlash();
    private boolean pastFirstExercise;

    SessionHeader(int gap) {
        super(new GridBagLayout());
        setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridy = 0;
        c.weightx = 1;
        add(name, c);
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(0, gap, 0, 0);
        add(heard, c);

        c.gridy = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.CENTER;
        c.insets = new Insets(gap / 3, 0, 0, 0);
        add(progress, c);
        c.weightx = 0;
        c.insets = new Insets(gap / 3, gap, 0, 0);
        add(status, c);
    }

    String name() {
        return name.getText();
    }

    void showName(String text) {
        name.setText(text);
    }

    void show(SessionSnapshot snapshot) {
        boolean inExercise = snapshot.inExercise().isPresent();
        boolean closing = snapshot.state() == SessionState.ENDED || !inExercise && pastFirstExercise;
        pastFirstExercise |= inExercise;
        if (closing) {
            name.setText(UiText.get("session.closing"));
        }
        // A label with no text would collapse and make the layout jump.
        progress.setText(closing ? " " : SessionText.progress(snapshot));
        status.setText(closing && snapshot.state() != SessionState.PAUSED ? " " : SessionText.status(snapshot));
    }

    HeardFlash heard() {
        return heard;
    }

    private static JLabel label(String name, String style, int alignment) {
        JLabel label = new JLabel(" ", alignment);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        return label;
    }
}
