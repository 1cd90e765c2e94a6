package org.footcoach.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Phrases;

/**
 * "Are you still there?" in the attract screen's large type, the seconds left, and a big Yes that sends "go"; keys
 * of the table act too, so the pedal answers. It draws and forwards to its {@link StillThereController}.
 */
public final class StillThereScreen extends JPanel {
    public static final String SCREEN_NAME = "idle-warning";

    public StillThereScreen(StillThereController controller, CommandSink commands) {
        super(new GridBagLayout());
        setName("still-there-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(new WrappingText("still-there-question", new Phrases().text(StillThereController.PHRASE), "attract"),
                c);
        c.insets = new Insets(gap, 0, 0, 0);
        WrappingText countdown = new WrappingText("still-there-countdown", "", "attractLine");
        add(countdown, c);
        // Yes as tall as its words ask, in the middle of the room left: a wall of colour would hide the question.
        c.weighty = 1;
        add(new TouchButton("still-there-yes", UiText.get("stillThere.yes"), "answer highlighted",
                () -> commands.send(Command.GO, CommandSource.TOUCH)), c);
        new ScreenKeys().bind(this, commands);
        Runnable redraw = () -> countdown.setText(UiText.get("stillThere.countdown", controller.secondsLeft()));
        controller.onChanged(redraw);
        redraw.run();
    }
}
