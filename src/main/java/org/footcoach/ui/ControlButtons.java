package org.footcoach.ui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.footcoach.session.Command;

/**
 * The session's touch controls: the row along the bottom (Back, Repeat, Pause or Go on, Next, Help, and apart at
 * its end Stop) and the sound and pace grid (Softer, Louder, Slower, Faster). Each press goes to {@code touched}. EDT.
 */
final class ControlButtons {
    private final Consumer<Command> touched;
    private final List<TouchButton> all = new ArrayList<>();
    private final TouchButton pause;
    private final TouchButton next;
    private final int gap;

    /** {@code pauseOrGo} says what the Pause button means now: PAUSE, or GO while the session waits. */
    ControlButtons(int gap, Consumer<Command> touched, Supplier<Command> pauseOrGo) {
        this.gap = gap;
        this.touched = touched;
        pause = new TouchButton(controlName(Command.PAUSE), UiText.action(Command.PAUSE).button(), "control",
                () -> touched.accept(pauseOrGo.get()));
        next = button(Command.NEXT);
    }

    JPanel row() {
        JPanel row = new JPanel(new GridLayout(1, 6, gap, 0));
        row.setOpaque(false);
        row.setBorder(new EmptyBorder(gap, 0, 0, 0));
        row.add(button(Command.BACK));
        row.add(button(Command.REPEAT));
        row.add(pause);
        row.add(next);
        row.add(button(Command.HELP));
        TouchButton stop = button(Command.STOP);
        stop.style("control stop");
        row.add(stop);
        return row;
    }

    JPanel soundAndPace() {
        JPanel grid = new JPanel(new GridLayout(2, 2, gap, gap));
        grid.setOpaque(false);
        grid.add(button(Command.SOFTER));
        grid.add(button(Command.LOUDER));
        grid.add(button(Command.SLOWER));
        grid.add(button(Command.FASTER));
        return grid;
    }

    /** While the session waits, Pause becomes a highlighted Go on: the "I am ready" button. */
    void showWaiting(boolean waiting) {
        pause.setText(UiText.action(waiting ? Command.GO : Command.PAUSE).button());
        pause.style(waiting ? "control highlighted" : "control");
    }

    /**
     * In the rest between exercises Next leaves its place empty: it would only start the next exercise early, as the
     * rest's own Start now does, and one way is easier to find than two.
     */
    void showResting(boolean resting) {
        next.setVisible(!resting);
    }

    /** A new exercise is showing: the next press of each control is meant, however soon it comes. */
    void acceptNextTap() {
        all.forEach(TouchButton::acceptNextTap);
    }

    /** The name of the control that sends {@code command} by touch on the session screen. */
    static String controlName(Command command) {
        return switch (command) {
            case GO -> controlName(Command.PAUSE);
            case DONE -> "hold-ring";
            default -> "control-" + command.logName();
        };
    }

    private TouchButton button(Command command) {
        TouchButton button = new TouchButton(controlName(command), UiText.action(command).button(), "control",
                () -> touched.accept(command));
        all.add(button);
        return button;
    }
}
