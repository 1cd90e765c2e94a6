package org.footcoach.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.border.EmptyBorder;
import org.footcoach.content.Routine;

/**
 * The first screen: one huge button per routine with its length in minutes. Touch starts a routine; Left/Right or
 * Page Up/Page Down move the highlight and Space/Enter start the highlighted one, so a pedal alone can choose.
 * Buttons are named {@code routine-<id>}.
 */
public final class StartScreen extends JPanel {
    public static final String SCREEN_NAME = "start";
    private static final String STYLE_NORMAL = "large";
    private static final String STYLE_HIGHLIGHTED = "large highlighted";

    private final List<RoutineChoice> choices;
    private final List<JButton> buttons = new ArrayList<>();
    private Consumer<Routine> routineChosen = routine -> { };
    private Runnable helpAsked = () -> { };
    private int highlighted;

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

    public void startHighlighted() {
        routineChosen.accept(highlightedRoutine());
    }

    private void layOut() {
        int gap = ThemeMetric.scaled("FootCoach.gap");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;

        JLabel title = new JLabel(UiText.get("start.title"), JLabel.LEADING);
        title.setName("start-title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "title");
        add(title, c);

        JButton help = new JButton(UiText.get("start.help"));
        help.setName("start-help");
        help.setFocusable(false);
        help.putClientProperty(FlatClientProperties.STYLE_CLASS, "large");
        help.addActionListener(e -> helpAsked.run());
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

    private JButton routineButton(int index) {
        RoutineChoice choice = choices.get(index);
        JButton button = new JButton(UiText.get("start.routine", choice.routine().name(), choice.minutes()));
        button.setName("routine-" + choice.routine().id());
        button.putClientProperty(FlatClientProperties.STYLE_CLASS, STYLE_NORMAL);
        // Keys act on the highlight, not on a focused button, so the buttons never take focus.
        button.setFocusable(false);
        button.addActionListener(e -> {
            highlight(index);
            startHighlighted();
        });
        buttons.add(button);
        return button;
    }

    private void highlight(int index) {
        buttons.get(highlighted).putClientProperty(FlatClientProperties.STYLE_CLASS, STYLE_NORMAL);
        highlighted = index;
        buttons.get(index).putClientProperty(FlatClientProperties.STYLE_CLASS, STYLE_HIGHLIGHTED);
    }

    private void bindKeys() {
        InputMap keys = getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (int key : new int[] {KeyEvent.VK_LEFT, KeyEvent.VK_UP, KeyEvent.VK_PAGE_UP}) {
            keys.put(KeyStroke.getKeyStroke(key, 0), "previous-routine");
        }
        for (int key : new int[] {KeyEvent.VK_RIGHT, KeyEvent.VK_DOWN, KeyEvent.VK_PAGE_DOWN}) {
            keys.put(KeyStroke.getKeyStroke(key, 0), "next-routine");
        }
        for (int key : new int[] {KeyEvent.VK_SPACE, KeyEvent.VK_ENTER}) {
            keys.put(KeyStroke.getKeyStroke(key, 0), "start-routine");
        }
        getActionMap().put("previous-routine", action(() -> moveHighlight(-1)));
        getActionMap().put("next-routine", action(() -> moveHighlight(1)));
        getActionMap().put("start-routine", action(this::startHighlighted));
        for (int key : new int[] {KeyEvent.VK_F1, KeyEvent.VK_H}) {
            keys.put(KeyStroke.getKeyStroke(key, 0), "help");
        }
        getActionMap().put("help", action(() -> helpAsked.run()));
    }

    private static AbstractAction action(Runnable body) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.run();
            }
        };
    }
}
