package org.footcoach.ui;

import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * The kiosk's attract screen: any touch or key (a pedal) means a visitor has come, and the start screen follows.
 * Voice never reaches it: the router drops what is heard here, so talk in a waiting room starts nothing.
 * Swing-free; use on the EDT.
 */
public final class AttractController implements ScreenController {
    private final Runnable visitorCame;

    /** {@code visitorCame} shows the start screen and starts listening. */
    public AttractController(Runnable visitorCame) {
        this.visitorCame = visitorCame;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        if (source == CommandSource.VOICE) {
            return false;
        }
        visitorCame.run();
        return true;
    }
}
