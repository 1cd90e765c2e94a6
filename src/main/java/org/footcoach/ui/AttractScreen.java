package org.footcoach.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * The kiosk's first screen, for people passing by: what this is and how to start, in type read from three metres,
 * with a quiet moving hint and no sound. A touch anywhere (or the big Start) sends "go", and so does any key of the
 * table, so a pedal starts too; what it does is its {@link AttractController}'s to decide.
 */
public final class AttractScreen extends JPanel {
    public static final String SCREEN_NAME = "attract";

    public AttractScreen(CommandSink commands) {
        super(new GridBagLayout());
        setName("attract-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(new WrappingText("attract-title", UiText.get("attract.title"), "attract"), c);
        c.insets = new Insets(gap, 0, 0, 0);
        add(new WrappingText("attract-what", UiText.get("attract.what"), "attractLine"), c);
        c.fill = GridBagConstraints.NONE;
        c.weighty = 1;
        add(new AttractHint(), c);
        c.weighty = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(new WrappingText("attract-how", UiText.get("attract.how"), "attractLine"), c);
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 0;
        add(new TouchButton("attract-start", UiText.get("attract.start"), "large highlighted",
                () -> commands.send(Command.GO, CommandSource.TOUCH)), c);
        tapAnywhere(this, new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                commands.send(Command.GO, CommandSource.TOUCH);
            }
        });
        new ScreenKeys().bind(this, commands);
    }

    /** The words and the hint take a touch too: the whole screen is the way in. The button acts by itself. */
    private static void tapAnywhere(Component component, MouseListener tap) {
        if (component instanceof TouchButton) {
            return;
        }
        component.addMouseListener(tap);
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                tapAnywhere(child, tap);
            }
        }
    }
}
