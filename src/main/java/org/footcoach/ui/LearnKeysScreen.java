package org.footcoach.ui;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Set;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/**
 * Learn keys: in large type, what the last press did ("Learnt: F13 means Go.") and which pedal it asks for now, with
 * the touch buttons Skip this one, Start again, Clear learnt keys and Done. While it shows, every key pressed in its
 * window comes here and nowhere else: Escape goes back (as the command "stop"), any other key goes to its
 * {@link LearnKeysController} to be learnt, one pressed with Ctrl, Alt or Meta as a key it cannot learn. Presses
 * have the other screens' guards ({@link PedalKeys}), so a bouncing pedal is learnt once and a key held down from
 * the screen before is not learnt.
 */
public final class LearnKeysScreen extends JPanel {
    public static final String SCREEN_NAME = "learn-keys";
    private static final int WITH_OTHERS = InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK
            | InputEvent.META_DOWN_MASK | InputEvent.ALT_GRAPH_DOWN_MASK;

    private final LearnKeysController controller;
    private final CommandSink commands;
    private final PedalKeys pedal = new PedalKeys(Set.of());
    private final TitleOrHeard title = new TitleOrHeard("learn-keys-title", UiText.get("learnKeys.title"));
    private final WrappingText told = text("learn-keys-told", "notice");
    private final WrappingText prompt = text("learn-keys-prompt", "question");
    private final KeyEventDispatcher keys = this::key;

    public LearnKeysScreen(LearnKeysController controller, CommandSink commands) {
        super(new GridBagLayout());
        this.controller = controller;
        this.commands = commands;
        setName("learn-keys-screen");
        told.setOpaque(true);
        int margin = ThemeMetric.scaled("FootCoach.screenMargin");
        int gap = ThemeMetric.scaled("FootCoach.gap");
        setBorder(new EmptyBorder(margin, margin, margin, margin));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(title, c);
        c.insets = new Insets(gap, 0, 0, 0);
        add(told, c);
        add(prompt, c);
        c.weighty = 1;
        JPanel rest = new JPanel();
        rest.setOpaque(false);
        add(rest, c);
        c.weighty = 0;
        add(buttons(gap), c);
        controller.onChange(this::showNow);
        showNow();
    }

    /** "Heard: Next", for a moment in the title's place: a command was heard, whether or not it acts. EDT. */
    public void heard(Command command) {
        title.heard(command);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(keys);
    }

    @Override
    public void removeNotify() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(keys);
        super.removeNotify();
    }

    private JPanel buttons(int gap) {
        JPanel buttons = new JPanel(new GridLayout(2, 2, gap, gap));
        buttons.setOpaque(false);
        buttons.add(new TouchButton("learn-keys-skip", UiText.get("learnKeys.skip"), "control",
                () -> commands.send(Command.NEXT, CommandSource.TOUCH)));
        buttons.add(new TouchButton("learn-keys-again", UiText.get("learnKeys.startAgain"), "control",
                () -> commands.send(Command.REPEAT, CommandSource.TOUCH)));
        // Clearing has no command of its own: a misheard word must not clear what took a while to learn.
        buttons.add(new TouchButton("learn-keys-clear", UiText.get("learnKeys.clear"), "control",
                controller::clear));
        buttons.add(new TouchButton("learn-keys-done", UiText.get("learnKeys.done"), "control highlighted",
                () -> commands.send(Command.DONE, CommandSource.TOUCH)));
        return buttons;
    }

    private void showNow() {
        told.setText(controller.told());
        told.setVisible(!controller.told().isEmpty());
        prompt.setText(controller.prompt());
        revalidate();
        repaint();
    }

    /** Takes every key event of this screen's window while it shows, so nothing else acts on it. */
    private boolean key(KeyEvent e) {
        if (!isShowing() || windowOf(e.getComponent()) != SwingUtilities.getWindowAncestor(this)) {
            return false;
        }
        int code = e.getKeyCode();
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            if (PressesAcrossScreens.of(this).keyDown(code, e.getWhen(), pedal) == PedalKeys.Press.SHORT) {
                // The screens bind keys alone or with Shift: one pressed with Ctrl, Alt or Meta would never act.
                String name = (e.getModifiersEx() & WITH_OTHERS) == 0 ? nameOf(code) : null;
                if (LearnKeysController.ESCAPE.equals(name)) {
                    commands.key(UiText.actions().meaningsOf(name, false));
                } else {
                    controller.pressed(name);
                }
            }
        } else if (e.getID() == KeyEvent.KEY_RELEASED) {
            PressesAcrossScreens.of(this).keyUp(code, e.getWhen(), pedal);
        }
        return true;
    }

    /** The Java name of key {@code code} ({@code F13}, {@code PAGE_DOWN}), or null when it has none. */
    private static String nameOf(int code) {
        if (code == KeyEvent.VK_UNDEFINED) {
            return null;
        }
        String name = KeyStroke.getKeyStroke(code, 0).toString().replaceFirst("^pressed ", "");
        KeyStroke named = KeyStroke.getKeyStroke(name);
        return named != null && named.getKeyCode() == code ? name : null;
    }

    private static Window windowOf(Component component) {
        return component instanceof Window window ? window : SwingUtilities.getWindowAncestor(component);
    }

    private static WrappingText text(String name, String style) {
        WrappingText area = new WrappingText(name, "", style);
        area.setColumns(1);
        return area;
    }
}
