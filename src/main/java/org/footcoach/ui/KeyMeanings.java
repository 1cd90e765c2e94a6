package org.footcoach.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;

/**
 * What each key means on a screen: the keys of the table of actions, and beside them the keys learnt from a pedal
 * (Java key name to an action's log name). A learnt key means only what was learnt, even when the table also has
 * it, and acts at once on the press: it has no long-press meaning. A key learnt for Go also ends a hold early, as
 * Enter does, so a pedal learnt for Go can lead a whole session. Learnt entries that name no action are left out.
 */
final class KeyMeanings {
    private final ActionTable table;
    private final Map<String, List<Command>> learnt = new TreeMap<>();

    KeyMeanings(ActionTable table, Map<String, String> learntKeys) {
        this.table = table;
        learntKeys.forEach((key, action) -> command(action).ifPresent(command -> learnt.put(key, meaningsOf(command))));
    }

    /** Every key that means something here: the table's and the learnt ones. */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>(table.keys());
        keys.addAll(learnt.keySet());
        return keys;
    }

    /** What a press of {@code key} may mean (empty when nothing), in the order the screen in front chooses from. */
    List<Command> pressed(String key) {
        return learnt.getOrDefault(key, table.meaningsOf(key, false));
    }

    /** What {@code key} held down for a second means; a learnt key has no such meaning. */
    List<Command> held(String key) {
        return learnt.containsKey(key) ? List.of() : table.meaningsOf(key, true);
    }

    /** The keys that act on release, short or long: the table's held keys that were not learnt. */
    Set<String> longPressKeys() {
        Set<String> keys = new TreeSet<>(table.heldKeys());
        keys.removeAll(learnt.keySet());
        return keys;
    }

    /** What a key learnt for {@code command} sends. */
    static List<Command> meaningsOf(Command command) {
        List<Command> meanings = new ArrayList<>(List.of(command));
        if (command == Command.GO) {
            meanings.add(Command.DONE);
        }
        return List.copyOf(meanings);
    }

    private static Optional<Command> command(String logName) {
        for (Command command : Command.values()) {
            if (command.logName().equals(logName.toLowerCase(Locale.ROOT))) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
