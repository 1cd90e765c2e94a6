package org.footcoach.ui;

import java.util.List;
import java.util.Map;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/** Where a screen sends what the person asked for: the app's one command router. Must not block. */
@FunctionalInterface
public interface CommandSink {
    void send(Command command, CommandSource source);

    /**
     * A key was pressed that may mean any of {@code meanings} (the table of actions' order, never empty); the
     * screen in front decides which. Without a router to ask, the first.
     */
    default void key(List<Command> meanings) {
        send(meanings.get(0), CommandSource.KEY);
    }

    /**
     * The keys learnt from a pedal as they are now, by Java key name (such as {@code F13}) to an action's log name
     * (such as {@code next}): a screen binds them beside the table's keys as it is built. Without a router, none.
     */
    default Map<String, String> learntKeys() {
        return Map.of();
    }
}
