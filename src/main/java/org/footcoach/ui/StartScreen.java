package org.footcoach.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.SessionState;

/**
 * The first screen: one huge button per routine with its length in minutes. Touch starts a routine; Left/Right or
 * Page Up/Page Down move the highlight and Space/Enter start the highlighted one, so a pedal alone can choose.
 * Buttons are named {@code routine-<id>}. Touch and keys have the session screen's guards ({@link TouchButton},
 * {@link ScreenKeys}), so the second tap of a double tap or a held key from the screen before does nothing here.
 */
public final class StartScreen extends JPanel {
    public static final String SCREEN_NAME = "start";
    private static final String STYLE_NORMAL = "large";
    private static final String STYLE_HIGHLIGHTED = "large highlighted";

    private final List<RoutineChoice> choices;
    private final List<TouchButton> buttons = new ArrayList<>();
    private final ScreenKeys keys = new ScreenKeys();
    private final TitleOrHeard title = new TitleOrHeard("start-title", UiText.get("start.title"));
    private Consumer<Routine> routineChosen = routine -> { };
    private Runnable helpAsked = () -> { };
    private CommandGiven commandGiven = (command, source, acted) -> { };
    private int highlighted;

    /** A key or touch on this screen, as the command of the controls table it is. */
    @FunctionalInterface
    public interface CommandGiven {
        /** {@code acted} is false for a command that means nothing here (Escape, say). */
        void given(Command command, CommandSource source, boolean acted);
    }

    public StartScreen(List<RoutineChoice> choices) {
        super(new GridBagLayout());
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("the start screen needs at least one routine");
        }
        this.choices = List.copyOf(choices);
        setName("start-screen");
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        layOut();
        bindKeys();
        highlight(0);
    }

    /** Called on the EDT with the routine the person chose (by touch, key or pedal). */
    public void onRoutineChosen(Consumer<Routine> listener) {
        routineChosen = listener;
    }

    /** Called on the EDT when the person asks for help (the Help button, F1 or H). */
    public void onHelp(Runnable listener) {
        helpAsked = listener;
    }

    public Routine highlightedRoutine() {
        return choices.get(highlighted).routine();
    }

    /** Moves the highlight by {@code steps} (negative is back), wrapping around at the ends. */
    public void moveHighlight(int steps) {
        highlight(Math.floorMod(highlighted + steps, choices.size()));
    }

    /** Called on the EDT for each key or touch, before what it does (a routine starting, say). */
    public void onCommand(CommandGiven listener) {
        commandGiven = listener;
    }

    /** "Heard: Next", for a moment: a command was heard, whether or not it means anything here. */
    public void heard(Command command) {
        title.heard(command);
    }

    public void startHighlighted() {
        routineChosen.accept(highlightedRoutine());
    }

    private void layOut() {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;

        add(title, c);

        TouchButton help = new TouchButton("start-help", UiText.get("start.help"), "large", () -> {
            given(Command.HELP, CommandSource.TOUCH, true);
            helpAsked.run();
        });
        c.gridx = 1;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.insets = new Insets(0, gap, 0, 0);
        add(help, c);

        c.gridx = 0;
        c.gridwidth = 2;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(gap / 2, 0, 0, 0);
        add(new WrappingText("start-explanation", UiText.get("start.explanation"), "body"), c);

        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        for (int i = 0; i < choices.size(); i++) {
            c.insets = new Insets(gap, 0, 0, 0);
            add(routineButton(i), c);
        }
    }

    /** Keys act on the highlight, not on a focused button: touch buttons never take focus. */
    private TouchButton routineButton(int index) {
        RoutineChoice choice = choices.get(index);
        TouchButton button = new TouchButton("routine-" + choice.routine().id(),
                UiText.get("start.routine", choice.routine().name(), choice.minutes()), STYLE_NORMAL, () -> {
                    highlight(index);
                    given(Command.GO, CommandSource.TOUCH, true);
                    startHighlighted();
                });
        buttons.add(button);
        return button;
    }

    private void highlight(int index) {
        buttons.get(highlighted).style(STYLE_NORMAL);
        highlighted = index;
        buttons.get(index).style(STYLE_HIGHLIGHTED);
    }

    private void bindKeys() {
        keys.bind(this, Map.of(KeyEvent.VK_UP, KeyRole.BACK, KeyEvent.VK_DOWN, KeyRole.NEXT), (role, press) -> {
            switch (role) {
                case BACK -> {
                    given(Command.BACK, CommandSource.KEY, true);
                    moveHighlight(-1);
                }
                case NEXT, PAGE_DOWN -> {
                    given(Command.NEXT, CommandSource.KEY, true);
                    moveHighlight(1);
                }
                case SPACE, ENTER -> {
                    given(Command.GO, CommandSource.KEY, true);
                    startHighlighted();
                }
                case HELP -> {
                    given(Command.HELP, CommandSource.KEY, true);
                    helpAsked.run();
                }
                default -> given(role.command(press, SessionState.IDLE), CommandSource.KEY, false);
            }
        });
    }

    /** As in a session, every key and touch is a command, answered with "Heard: ..." and told to the listener. */
    private void given(Command command, CommandSource source, boolean acted) {
        heard(command);
        commandGiven.given(command, source, acted);
    }
}
