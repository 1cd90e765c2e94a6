package org.footcoach.ui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * The first screen: one huge button per routine with its length in minutes (first, after a break, "Go on from ..."),
 * highlighted as its {@link StartController} says. It draws and forwards: a touch on a routine points at it and sends
 * "go", History, Settings and Help send "history", "settings" and "help", and the keys of the table of actions act on the whole window,
 * so a pedal alone can choose. Buttons are named {@code routine-<id>} (and {@code go-on-<id>}). Touch and keys have the session screen's guards ({@link TouchButton},
 * {@link ScreenKeys}), so the second tap of a double tap or a held key from the screen before does nothing here.
 */
public final class StartScreen extends JPanel {
    public static final String SCREEN_NAME = "start";
    private static final String STYLE_NORMAL = "large";
    private static final String STYLE_HIGHLIGHTED = "large highlighted";
    private static final int ROUTINES_WITH_EXPLANATION = 4;

    private final StartController controller;
    private final CommandSink commands;
    private final List<TouchButton> buttons = new ArrayList<>();
    private final TitleOrHeard title = new TitleOrHeard("start-title", UiText.get("start.title"));
    private int highlighted;

    public StartScreen(StartController controller, CommandSink commands) {
        super(new GridBagLayout());
        this.controller = controller;
        this.commands = commands;
        setName("start-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        // Five routines (one to go on with after a break) under a notice line keep their height at 1024x768 only
        // with less margin above and below.
        int topAndBottom = controller.choices().size() > ROUTINES_WITH_EXPLANATION ? margin / 2 : margin;
        setBorder(new EmptyBorder(topAndBottom, margin, topAndBottom, margin));
        layOut();
        new ScreenKeys().bind(this, commands);
        controller.onHighlightMoved(this::highlight);
        highlight(controller.highlighted());
    }

    /** The routine "go" starts now. EDT. */
    public Routine highlightedRoutine() {
        return controller.highlightedRoutine();
    }

    /** "Heard: Next", for a moment: a command was heard, whether or not it means anything here. EDT. */
    public void heard(Command command) {
        title.heard(command);
    }

    private void layOut() {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;

        // History, Settings and Help beside the title and the explanation, which wraps: a row of their own would
        // take the height the routines need at 1024x768.
        JPanel words = new JPanel(new GridBagLayout());
        words.setOpaque(false);
        words.add(title, c);
        // After a break there are five routines: the explanation gives them its room (the person has been here).
        if (controller.choices().size() <= ROUTINES_WITH_EXPLANATION) {
            words.add(new WrappingText("start-explanation", UiText.get("start.explanation"), "body"), c);
        }
        JPanel top = new JPanel(new BorderLayout(gap, 0));
        top.setOpaque(false);
        top.add(words, BorderLayout.CENTER);
        top.add(StyledLabel.buttonRow(gap, controller.besides().stream().map(this::sideButton)
                .toArray(TouchButton[]::new)), BorderLayout.LINE_END);
        add(top, c);

        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        for (int i = 0; i < controller.choices().size(); i++) {
            c.insets = new Insets(gap, 0, 0, 0);
            add(routineButton(i), c);
        }
    }

    private TouchButton sideButton(Command command) {
        return new TouchButton("start-" + command.logName(), UiText.action(command).button(), "large compact",
                () -> commands.send(command, CommandSource.TOUCH));
    }

    /** Keys act on the highlight, not on a focused button: touch buttons never take focus. */
    private TouchButton routineButton(int index) {
        RoutineChoice choice = controller.choices().get(index);
        TouchButton button = new TouchButton((choice.goesOn() ? "go-on-" : "routine-") + choice.routine().id(),
                choice.goesOn() ? UiText.get("start.goOn", choice.goOnFrom(), choice.routine().name(), choice.minutes())
                        : UiText.get("start.routine", choice.routine().name(), choice.minutes()), STYLE_NORMAL, () -> {
                    controller.pointAt(index);
                    commands.send(Command.GO, CommandSource.TOUCH);
                });
        buttons.add(button);
        return button;
    }

    private void highlight(int index) {
        buttons.get(highlighted).style(STYLE_NORMAL);
        highlighted = index;
        buttons.get(index).style(STYLE_HIGHLIGHTED);
    }
}
