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
 * The session's touch controls: the row along the bottom (Back, Repeat, Pause or Go on, Next, Stop, Help) and the
 * sound and pace grid (Softer, Louder, Slower, Faster). Each press goes to {@code touched}. EDT.
 */
final class ControlButtons {
    private final Consumer<Command> touched;
    private final List<TouchButton> all = new ArrayList<>();
    private final TouchButton pause;
    private final int gap;

    /** {@code pauseOrGo} says what the Pause button means now: PAUSE, or GO while the session waits. */
    ControlButtons(int gap, Consumer<Command> touched, Supplier<Command> pauseOrGo) {
        this.gap = gap;
        this.touched = touched;
        pause = new TouchButton("control-pause", UiText.get("control.pause"), "control",
                () -> touched.accept(pauseOrGo.get()));
    }

    JPanel row() {
        JPanel row = new JPanel(new GridLayout(1, 6, gap, 0));
        row.setOpaque(false);
        row.setBorder(new EmptyBorder(gap, 0, 0, 0));
        row.add(button(Command.BACK, "control.back"));
        row.add(button(Command.REPEAT, "control.repeat"));
        row.add(pause);
        row.add(button(Command.NEXT, "control.next"));
        row.add(button(Command.STOP, "control.stop"));
        row.add(button(Command.HELP, "control.help"));
        return row;
    }

    JPanel soundAndPace() {
        JPanel grid = new JPanel(new GridLayout(2, 2, gap, gap));
        grid.setOpaque(false);
        grid.add(button(Command.SOFTER, "control.softer"));
        grid.add(button(Command.LOUDER, "control.louder"));
        grid.add(button(Command.SLOWER, "control.slower"));
        grid.add(button(Command.FASTER, "control.faster"));
        return grid;
    }

    /** While the session waits, Pause becomes a highlighted Go on: the "I am ready" button. */
    void showWaiting(boolean waiting) {
        pause.setText(UiText.get(waiting ? "control.go" : "control.pause"));
        pause.style(waiting ? "control highlighted" : "control");
    }

    /** A new exercise is showing: the next press of each control is meant, however soon it comes. */
    void acceptNextTap() {
        all.forEach(TouchButton::acceptNextTap);
    }

    private TouchButton button(Command command, String textKey) {
        TouchButton button = new TouchButton(ControlsTable.of(command).touchControl(), UiText.get(textKey),
                "control", () -> touched.accept(command));
        all.add(button);
        return button;
    }
}
