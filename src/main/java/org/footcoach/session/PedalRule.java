package org.footcoach.session;

import java.util.List;

/**
 * What a key that means several actions does in a session, so one pedal can run it: Space goes on while the
 * session waits (or is paused), ends a hold or timed work early, and otherwise pauses; Enter and a short Page Down
 * end a hold, and otherwise go on.
 */
final class PedalRule {
    private PedalRule() {
    }

    /** Which of {@code meanings} (never empty) a press means in {@code state}. */
    static Command meaning(List<Command> meanings, SessionState state) {
        if (state.holding() && meanings.contains(Command.DONE)) {
            return Command.DONE;
        }
        if (state.waiting() && meanings.contains(Command.GO)) {
            return Command.GO;
        }
        for (Command pedal : List.of(Command.PAUSE, Command.GO)) {
            if (meanings.contains(pedal)) {
                return pedal;
            }
        }
        return meanings.get(0);
    }
}
