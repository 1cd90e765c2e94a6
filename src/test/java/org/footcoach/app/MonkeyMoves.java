package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.footcoach.session.Action;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;

/**
 * What a monkey does next, from a seed: touch one of the buttons showing, press a key (a pedal's keys, the other keys
 * of the table, and keys that mean nothing), or say a command word; then wait a while. The same seed and the same
 * screens give the same moves, so a failure can be replayed.
 */
final class MonkeyMoves {
    enum Kind { TOUCH, KEY, HELD_KEY, VOICE }

    /** One move: what, on which target, and how long to let the app run after it. */
    record Move(Kind kind, String target, long waitMillis) {
        @Override
        public String toString() {
            return kind + " " + target + ", then " + waitMillis + " ms";
        }
    }

    /** Keys no action has, pressed as a person leaning on the keyboard would. */
    private static final List<String> OTHER_KEYS = List.of("A", "Q", "5", "TAB", "BACK_SPACE", "F13", "DELETE");
    /** Longest wait between two moves: sometimes at once, sometimes long enough for a count or a sentence. */
    private static final int LONGEST_WAIT_MILLIS = 4_000;

    private final Random random;
    private final List<String> keys = new ArrayList<>();
    private final List<String> heldKeys = new ArrayList<>();
    private final List<Command> said = new ArrayList<>();

    MonkeyMoves(long seed, ActionTable actions) {
        random = new Random(seed);
        keys.addAll(actions.keys().stream().sorted().toList());
        keys.addAll(OTHER_KEYS);
        heldKeys.addAll(actions.heldKeys().stream().sorted().toList());
        for (Action action : actions.all()) {
            if (!action.words().isEmpty()) {
                said.add(action.command());
            }
        }
    }

    /**
     * The next move on {@code screen} (its name in the event log), touching one of {@code buttons} (the names of
     * those showing) when it touches. Off the session screen one move in four finds the way on, as a person lost
     * among Settings' many buttons would: Space on the start screen (the routine highlighted), Escape elsewhere.
     */
    Move next(String screen, List<String> buttons) {
        long wait = random.nextInt(4) == 0 ? 0 : random.nextInt(LONGEST_WAIT_MILLIS);
        if (!"session".equals(screen) && random.nextInt(4) == 0) {
            return new Move(Kind.KEY, "start".equals(screen) ? "SPACE" : "ESCAPE", wait);
        }
        Move move = anyMove(buttons, wait);
        // In a session, three in four moves that would stop it are thought better of, so routines get far.
        while ("session".equals(screen) && stops(move) && random.nextInt(4) != 0) {
            move = anyMove(buttons, wait);
        }
        return move;
    }

    private static boolean stops(Move move) {
        return move.target().equals("control-stop") || move.target().equals("ESCAPE")
                || move.target().equals(Command.STOP.name());
    }

    private Move anyMove(List<String> buttons, long wait) {
        int roll = random.nextInt(100);
        Kind kind = roll < 40 && !buttons.isEmpty() ? Kind.TOUCH : roll < 70 ? Kind.KEY : roll < 78 ? Kind.HELD_KEY
                : Kind.VOICE;
        String target = switch (kind) {
            case TOUCH -> buttons.get(random.nextInt(buttons.size()));
            case KEY -> keys.get(random.nextInt(keys.size()));
            case HELD_KEY -> heldKeys.get(random.nextInt(heldKeys.size()));
            case VOICE -> said.get(random.nextInt(said.size())).name();
        };
        return new Move(kind, target, wait);
    }
}
