package org.footcoach.session;

import java.util.List;
import java.util.Locale;

/**
 * What decides what a command does on one screen: the running session's engine, or the small controller of the
 * start, help or summary screen. One router hands it every key, touch and voice command while its screen is in
 * front, on the thread the controller lives on (the engine's own, or the event thread for a screen), and logs and
 * answers each one.
 */
public interface ScreenController {
    /** Acts on {@code command}; returns false when it means nothing here now (it is still answered and logged). */
    boolean act(Command command, CommandSource source);

    /**
     * Which of {@code meanings} (a key's actions in the table's order, never empty) a key press means here now. In
     * a list a key that can move on moves on: Page Down is a pedal's "next" there.
     */
    default Command keyMeans(List<Command> meanings) {
        return meanings.contains(Command.NEXT) ? Command.NEXT : meanings.get(0);
    }

    /**
     * Where this controller is now, for the event log's line of a command that meant nothing: by default its
     * screen's name ("start" for a StartController); the session says its state too. On the controller's thread.
     */
    default String whereNow() {
        return getClass().getSimpleName().replaceFirst("Controller$", "").toLowerCase(Locale.ROOT);
    }
}
