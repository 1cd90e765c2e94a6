package org.footcoach.app;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.footcoach.session.PastSession;
import org.footcoach.ui.HistoryExport;

/**
 * What the History screen needs from the store: the sessions kept (oldest first, read each time it opens), the wall
 * clock that says today and the time zone dates are shown in, and how the history is saved as a file.
 */
record HistoryAccess(Supplier<List<PastSession>> sessions, Clock wall, HistoryExport export) {

    /** No history kept: the screen says there is no session yet, and has nothing to save. */
    static HistoryAccess none() {
        return new HistoryAccess(List::of, Clock.systemDefaultZone(), (sessions, told) -> {
            throw new IllegalStateException("no history is kept, so there is nothing to save");
        });
    }
}
