package org.footcoach.app;

import java.util.function.Consumer;
import org.footcoach.session.Command;

/**
 * Where a voice command goes now: the start screen, the running session's engine, or nowhere (summary). The screen
 * flow moves it as screens change; the voice thread sends through it. Thread-safe.
 */
final class CommandRoute {
    private static final Consumer<Command> NOWHERE = command -> { };
    private volatile Consumer<Command> target = NOWHERE;
    private volatile Runnable heardYou = () -> { };

    /** From now on commands go to {@code target}; it is called on the voice thread and must not block. */
    void to(Consumer<Command> target) {
        this.target = target;
    }

    /** Commands are dropped until the next {@link #to}. */
    void nowhere() {
        target = NOWHERE;
    }

    void send(Command command) {
        target.accept(command);
    }

    /** How to give the "heard you" earcon where no session engine answers the command (the start screen). */
    void answerWith(Runnable heardYou) {
        this.heardYou = heardYou;
    }

    /** Plays the "heard you" earcon outside a session. */
    void acknowledge() {
        heardYou.run();
    }
}
