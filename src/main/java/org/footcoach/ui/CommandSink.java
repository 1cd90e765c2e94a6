package org.footcoach.ui;

import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;

/** Where the screen sends what the person asked for; the session engine in the app. Must not block. */
@FunctionalInterface
public interface CommandSink {
    void send(Command command, CommandSource source);
}
