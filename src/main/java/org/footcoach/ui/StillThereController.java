package org.footcoach.ui;

import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * "Are you still there?" on a kiosk: "go" or "done" (Yes by touch, the pedal, or "ready" said) answers it and the
 * visitor is back where they were; the seconds left until the kiosk starts again are counted down from outside.
 * Swing-free; use on the EDT.
 */
public final class StillThereController implements ScreenController {
    /** The phrase said once as the question shows: the same words as on the screen. */
    public static final String PHRASE = "kiosk.still-there";

    private final Runnable yes;
    private int secondsLeft;
    private Runnable changed = () -> { };

    public StillThereController(int secondsLeft, Runnable yes) {
        this.secondsLeft = secondsLeft;
        this.yes = yes;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        if (command != Command.GO && command != Command.DONE) {
            return false;
        }
        yes.run();
        return true;
    }

    /** The countdown moved on. */
    public void secondsLeft(int left) {
        secondsLeft = left;
        changed.run();
    }

    int secondsLeft() {
        return secondsLeft;
    }

    void onChanged(Runnable listener) {
        changed = listener;
    }
}
