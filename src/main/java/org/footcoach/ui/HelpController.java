package org.footcoach.ui;

import java.util.function.IntConsumer;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the Help screen. Keys and touch: "back" and "next" page up and down, and "go", "done",
 * "pause", "stop" or "help" close it. A spoken command closes it whatever it is, so a person who asked by voice can
 * leave by voice. Swing-free; use on the EDT.
 */
public final class HelpController implements ScreenController {
    private final Runnable close;
    private IntConsumer page = direction -> { };

    /** {@code close} goes back to the screen help was opened from. */
    public HelpController(Runnable close) {
        this.close = close;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        if (source == CommandSource.VOICE) {
            close.run();
            return true;
        }
        switch (command) {
            case BACK -> page.accept(-1);
            case NEXT -> page.accept(1);
            case GO, DONE, PAUSE, STOP, HELP -> close.run();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The screen scrolls by a page up (-1) or down (1) through this. */
    void onPage(IntConsumer listener) {
        page = listener;
    }
}
