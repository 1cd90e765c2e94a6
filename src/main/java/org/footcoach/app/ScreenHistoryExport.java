package org.footcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.footcoach.session.PastSession;
import org.footcoach.store.EventLog;
import org.footcoach.store.HistoryCsv;
import org.footcoach.ui.HistoryExport;

/**
 * The History screen's Export: the history as CSV in {@code foot-coach-history-<date>.csv}, in the person's
 * Documents folder when there is one, else in the data folder, written on its own thread. The sentence that names
 * the file, or says why it could not be written, is shown and goes to the event log.
 */
final class ScreenHistoryExport implements HistoryExport {
    private final Path home;
    private final Path dataFolder;
    private final Clock wall;
    private final EventLog log;
    private final Executor background;

    /** {@code wall} dates the file and gives the time zone of its dates; {@code background} runs each write. */
    ScreenHistoryExport(Path home, Path dataFolder, Clock wall, EventLog log, Executor background) {
        this.home = home;
        this.dataFolder = dataFolder;
        this.wall = wall;
        this.log = log;
        this.background = background;
    }

    /** Each write on a new daemon thread, so a slow disk never holds the screen or the app's exit. */
    static Executor ownThread() {
        return task -> {
            Thread thread = new Thread(task, "history-export");
            thread.setDaemon(true);
            thread.start();
        };
    }

    @Override
    public void write(List<PastSession> sessions, Consumer<String> told) {
        background.execute(() -> {
            String sentence = save(sessions);
            SwingUtilities.invokeLater(() -> told.accept(sentence));
        });
    }

    /** The file the history goes to today. */
    Path file() {
        Path documents = home.resolve("Documents");
        Path folder = Files.isDirectory(documents) ? documents : dataFolder;
        return folder.resolve("foot-coach-history-" + LocalDate.now(wall) + ".csv");
    }

    private String save(List<PastSession> sessions) {
        Path file = file();
        try {
            new HistoryCsv(wall.getZone()).write(sessions, file);
        } catch (IOException e) {
            String why = CliText.get("history.notSaved", file, FileProblem.describe(e));
            log.error(why);
            return why;
        }
        log.record("history-exported", EventLog.fields("file", file.toString(), "sessions", sessions.size()));
        return CliText.get("history.saved", sessions.size(), file);
    }
}
