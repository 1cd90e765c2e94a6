package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.footcoach.session.Command;

/** "Heard: Pause": shows for {@code FootCoach.heardMillis} after each command, whatever it did. EDT. */
final class HeardFlash extends JLabel {
    private final Timer timer;

    HeardFlash() {
        super(" ", SwingConstants.CENTER);
        setName("heard");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "heard");
        setOpaque(true);
        setVisible(false);
        timer = new Timer(((Number) UIManager.get("FootCoach.heardMillis")).intValue(), e -> setVisible(false));
        timer.setRepeats(false);
    }

    void flash(Command command) {
        setText(UiText.get("session.heard", UiText.action(command).name()));
        setVisible(true);
        timer.restart();
    }

    /** The timer that hides the flash; tests fire it instead of waiting. */
    Timer timer() {
        return timer;
    }
}
