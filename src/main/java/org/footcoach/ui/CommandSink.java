package org.footcoach.ui;

import java.util.List;
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
}
