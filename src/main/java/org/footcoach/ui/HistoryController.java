package org.footcoach.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.PastSession;
import org.footcoach.session.ScreenController;

/**
 * What commands do on the History screen: "back" (and "stop", Escape, or "history" again) goes back to the start
 * screen, "export" saves the history as a file for a spreadsheet and tells in one sentence where; anything else
 * means nothing here. It also says what the screen shows: the newest sessions in words, and the last eight weeks.
 * Swing-free; use on the EDT.
 */
public final class HistoryController implements ScreenController {
    /** How many sessions the list shows, newest first: as many as leave the chart room in large print at 1024x768. */
    static final int SESSIONS_SHOWN = 3;

    private final List<PastSession> sessions;
    private final Clock wall;
    private final Runnable back;
    private final HistoryExport export;
    private Consumer<String> told = sentence -> { };
    private boolean exporting;

    /**
     * @param sessions every session kept, oldest first
     * @param wall     today's date and the time zone the dates are shown in
     * @param back     goes back to the start screen
     * @param export   saves the history as a file
     */
    public HistoryController(List<PastSession> sessions, Clock wall, Runnable back, HistoryExport export) {
        this.sessions = List.copyOf(sessions);
        this.wall = wall;
        this.back = back;
        this.export = export;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        switch (command) {
            case BACK, STOP, HISTORY -> back.run();
            case EXPORT -> {
                return export();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** True when no session has been kept yet. */
    boolean empty() {
        return sessions.isEmpty();
    }

    /** The newest sessions, newest first, at most {@link #SESSIONS_SHOWN}. */
    List<SessionLine> newest() {
        List<PastSession> newestFirst = new ArrayList<>(sessions);
        Collections.reverse(newestFirst);
        return newestFirst.stream().limit(SESSIONS_SHOWN).map(s -> SessionLine.of(s, wall.getZone())).toList();
    }

    /** The last {@link HistoryWeek#SHOWN} weeks, this one last. */
    List<HistoryWeek> weeks() {
        return HistoryWeek.lastWeeks(sessions, LocalDate.now(wall), wall.getZone());
    }

    /** The screen shows, in one sentence, where the history was saved or why it could not be. */
    void onTold(Consumer<String> listener) {
        told = listener;
    }

    /** Nothing to save when nothing is kept; a second "export" while one is writing waits for the first. */
    private boolean export() {
        if (sessions.isEmpty() || exporting) {
            return false;
        }
        exporting = true;
        export.write(sessions, sentence -> {
            exporting = false;
            told.accept(sentence);
        });
        return true;
    }
}
