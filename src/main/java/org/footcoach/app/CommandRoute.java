package org.footcoach.app;

import java.util.function.Consumer;
import org.footcoach.session.Command;

/**
 * Where the voice input sends what it heard. The voice input starts before the window and its
 * {@link CommandRouter} exist, so it is pointed there once they do; until then, and after the window closes,
 * commands are dropped. Thread-safe.
 */
final class CommandRoute {
    private static final Consumer<Command> NOWHERE = command -> { };
    private volatile Consumer<Command> target = NOWHERE;

    /** From now on commands go to {@code target}; it is called on the voice thread and must not block. */
    void to(Consumer<Command> target) {
        this.target = target;
    }

    /** Commands are dropped from now on. */
    void nowhere() {
        target = NOWHERE;
    }

    void send(Command command) {
        target.accept(command);
    }
}
