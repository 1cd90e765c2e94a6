package org.footcoach.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.footcoach.session.PastSession;
import org.footcoach.store.DataDirectory;
import org.footcoach.store.HistoryCsv;
import org.footcoach.store.HistoryStore;

/**
 * {@code --export-history FILE.csv}: every session kept in the data folder as CSV, written whole or not at all. Needs
 * no screen. Says in one line what was written, or why nothing was; a history file that cannot be read is one more
 * line, and the rest is written.
 */
final class HistoryFileExport {
    private final PrintWriter out;
    private final PrintWriter err;

    HistoryFileExport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** {@code dataFolder}: the data folder whose history is written. */
    int export(Path dataFolder, Path file) {
        if (!Files.isDirectory(dataFolder)) {
            err.println(CliText.get("error.noDataFolder", dataFolder));
            return ExitCode.PROBLEM;
        }
        Optional<String> problem = ExportFile.problem(file);
        if (problem.isPresent()) {
            err.println(problem.get());
            return ExitCode.PROBLEM;
        }
        List<PastSession> sessions = HistoryStore.open(DataDirectory.history(dataFolder), Clock.systemUTC(),
                err::println).sessions();
        try {
            new HistoryCsv(ZoneId.systemDefault()).write(sessions, file);
        } catch (IOException e) {
            err.println(CliText.get("error.exportFile", file, FileProblem.describe(e)));
            return ExitCode.PROBLEM;
        }
        out.println(CliText.get("history.written", sessions.size(), file));
        return ExitCode.OK;
    }
}
