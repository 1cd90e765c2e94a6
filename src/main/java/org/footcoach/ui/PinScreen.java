package org.footcoach.ui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * The PIN prompt in large print: why it is asked, a dot for each digit entered, a line that says what happened, and
 * a keypad of big keys named {@code pin-<key>} with the highlighted key framed, so a pedal can work it. Cancel
 * (and Escape) gives up. It draws and forwards to its {@link PinController}.
 */
public final class PinScreen extends JPanel {
    public static final String SCREEN_NAME = "pin";

    private final PinController controller;
    private final JLabel dots = StyledLabel.of("pin-dots", "title", " ");
    private final WrappingText message = new WrappingText("pin-message", " ", "summaryText");
    private final List<TouchButton> keys = new ArrayList<>();

    /** The prompt for a dose beyond the exercise file's range: the clinician's PIN. */
    public PinScreen(PinController controller, CommandSink commands) {
        this(controller, commands, "pin.title", "settings.pin.why");
    }

    /** The prompt after a kiosk's admin gesture: the admin's PIN, to open the admin screen. */
    public static PinScreen forAdmin(PinController controller, CommandSink commands) {
        return new PinScreen(controller, commands, "pin.admin.title", "pin.admin.why");
    }

    /** Titled {@code titleKey}, saying why it asks with {@code whyKey} (keys of the screens' words). */
    private PinScreen(PinController controller, CommandSink commands, String titleKey, String whyKey) {
        super(new BorderLayout(0, ThemeMetric.scaled("FootCoach.gap")));
        this.controller = controller;
        setName("pin-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));

        add(StyledLabel.titleRow(new TitleOrHeard("pin-title", UiText.get(titleKey)),
                StyledLabel.buttonRow(gap, new TouchButton("pin-cancel", UiText.get("pin.cancel"), "large compact",
                        () -> commands.send(Command.STOP, CommandSource.TOUCH))), gap), BorderLayout.NORTH);

        // The words beside the keypad, not above it: above, the keys would be too low at 1024x768.
        JPanel words = new JPanel(new GridBagLayout());
        words.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTH;
        WrappingText explanation = new WrappingText("pin-why", UiText.get(whyKey), "body");
        explanation.setColumns(1);
        words.add(explanation, c);
        c.insets = new Insets(gap, 0, 0, 0);
        words.add(dots, c);
        message.setColumns(1);
        c.weighty = 1;
        words.add(message, c);

        JPanel pad = new JPanel(new GridLayout(4, 3, gap, gap));
        pad.setOpaque(false);
        for (String key : PinController.KEYS) {
            TouchButton button = new TouchButton("pin-" + key, UiText.get("pin.key." + key), style(key, false),
                    () -> controller.touch(key));
            keys.add(button);
            pad.add(button);
        }
        JPanel middle = new JPanel(new GridBagLayout());
        middle.setOpaque(false);
        GridBagConstraints m = new GridBagConstraints();
        m.fill = GridBagConstraints.BOTH;
        m.weighty = 1;
        m.weightx = 1;
        middle.add(words, m);
        m.insets = new Insets(0, gap * 2, 0, 0);
        m.weightx = 1.2;
        middle.add(pad, m);
        add(middle, BorderLayout.CENTER);
        new ScreenKeys().bind(this, commands);
        controller.onChanged(this::redraw);
        redraw();
    }

    /** Digits and OK as large as the answers at the end; Delete in the controls' smaller type, so it fits. */
    private static String style(String key, boolean highlighted) {
        return (key.equals("delete") ? "control" : "answer") + (highlighted ? " highlighted" : "");
    }

    private void redraw() {
        dots.setText(controller.digitsEntered() == 0 ? " " : "\u25cf ".repeat(controller.digitsEntered()).trim());
        message.setText(controller.message().isEmpty() ? " " : controller.message());
        for (int i = 0; i < keys.size(); i++) {
            keys.get(i).style(style(PinController.KEYS.get(i), i == controller.highlighted()));
        }
        revalidate();
        repaint();
    }
}
