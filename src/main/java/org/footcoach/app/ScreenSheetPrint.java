package org.footcoach.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.footcoach.content.Content;
import org.footcoach.content.Routine;
import org.footcoach.session.DoseChoices;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.sheet.RoutineSheet;
import org.footcoach.sheet.SheetException;
import org.footcoach.store.EventLog;

/**
 * Settings' Print: the printable sheet of the exercise file's first routine (the full one in ours, so every
 * exercise is on it), with the doses as set now, as
 * {@code foot-coach-exercises-<date>.html} in the person's Documents folder when there is one, else in the data
 * folder, written on its own thread and then opened in the web browser to print where the desktop can. One sentence
 * says where it is, or why it could not be written; it goes to the event log too.
 */
final class ScreenSheetPrint {
    private final Content content;
    private final Supplier<DoseChoices> doses;
    private final Path home;
    private final Path dataFolder;
    private final Clock wall;
    private final EventLog log;
    private final Executor background;
    private final Predicate<Path> opener;

    /** {@code opener} opens the sheet to print and says whether it could ({@link #inBrowser}). */
    ScreenSheetPrint(Content content, Supplier<DoseChoices> doses, Path home, Path dataFolder, Clock wall,
                     EventLog log, Executor background, Predicate<Path> opener) {
        this.content = content;
        this.doses = doses;
        this.home = home;
        this.dataFolder = dataFolder;
        this.wall = wall;
        this.log = log;
        this.background = background;
        this.opener = opener;
    }

    void print(Consumer<String> told) {
        DoseChoices now = doses.get();
        background.execute(() -> {
            String sentence = save(now);
            SwingUtilities.invokeLater(() -> told.accept(sentence));
        });
    }

    /** The file the sheet goes to today. */
    Path file() {
        Path documents = home.resolve("Documents");
        Path folder = Files.isDirectory(documents) ? documents : dataFolder;
        return folder.resolve("foot-coach-exercises-" + LocalDate.now(wall) + ".html");
    }

    private String save(DoseChoices now) {
        Routine routine = content.routines().get(0);
        Plan plan = new PlanBuilder(new Phrases(), now).build(content, routine);
        Path file = file();
        try {
            new RoutineSheet().write(plan, file);
        } catch (SheetException e) {
            log.error(e.getMessage());
            return e.getMessage();
        }
        log.record("sheet-saved", EventLog.fields("routine", routine.id(), "file", file.toString()));
        return opener.test(file) ? CliText.get("sheet.savedAndOpened", file) : CliText.get("sheet.saved", file);
    }

    /**
     * Opens {@code file} in the web browser where the desktop allows; false where it cannot (a kiosk, no browser),
     * with why in {@code log}.
     */
    static boolean inBrowser(Path file, EventLog log) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        try {
            Desktop.getDesktop().browse(file.toUri());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            log.error(CliText.get("sheet.notOpened", file, e.getMessage()));
            return false;
        }
    }
}
