package org.footcoach.ui;

import java.util.List;
import java.util.function.Consumer;
import org.footcoach.session.PastSession;

/** Saves the history as a file for a spreadsheet, away from the event thread. */
@FunctionalInterface
public interface HistoryExport {
    /**
     * Writes {@code sessions} to a file; {@code told} then gets, on the event thread, one sentence naming the file
     * written or saying why it could not be.
     */
    void write(List<PastSession> sessions, Consumer<String> told);
}
