package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.footcoach.store.EventLog;

/**
 * Lines about the data folder (a history file set aside, a session that cannot be saved): each goes to the event log
 * as {@code data-problem} at once, and to the window's banner once it is there; lines from before are shown then.
 */
final class DataNotices implements Consumer<String> {
    private final EventLog log;
    private final List<String> early = new ArrayList<>();
    private Consumer<String> banner;

    DataNotices(EventLog log) {
        this.log = log;
    }

    @Override
    public synchronized void accept(String line) {
        log.record("data-problem", EventLog.fields("message", line));
        if (banner == null) {
            early.add(line);
        } else {
            banner.accept(line);
        }
    }

    /** From now on, lines go to {@code shown} too, starting with those said before. */
    synchronized void showIn(Consumer<String> shown) {
        banner = shown;
        early.forEach(shown);
        early.clear();
    }
}
