package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.swing.SwingUtilities;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.DoseChoice;
import org.footcoach.session.DoseChoices;
import org.footcoach.store.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' Print: the sheet with the doses as set, in Documents, and one sentence that says where. */
class ScreenSheetPrintTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private final List<String> told = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    private ScreenSheetPrint sheet(DoseChoices doses, boolean opens) {
        return new ScreenSheetPrint(ContentLoader.loadBundled().content(), () -> doses, home,
                home.resolve("data"), MONDAY, EventLog.discarding(), Runnable::run, file -> {
                    opened.add(file);
                    return opens;
                });
    }

    @Test
    void theSheetInDocumentsHasTheDosesAsSetAndIsOpenedToPrint() throws IOException {
        Files.createDirectories(home.resolve("Documents"));
        DoseChoices doses = new DoseChoices(Map.of("ankle-rolls", new DoseChoice(OptionalInt.empty(),
                OptionalInt.of(13), OptionalInt.empty(), OptionalInt.empty())));
        ScreenSheetPrint print = sheet(doses, true);

        print.print(told::add);
        awaitTold();

        Path file = home.resolve("Documents/foot-coach-exercises-2026-12-07.html");
        assertThat(opened).containsExactly(file);
        assertThat(told).containsExactly(CliText.get("sheet.savedAndOpened", file));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("13 times");
    }

    @Test
    void withNoDocumentsFolderItGoesInTheDataFolderAndSaysHowToPrintIt() throws IOException {
        Files.createDirectories(home.resolve("data"));

        sheet(DoseChoices.fileValues(), false).print(told::add);
        awaitTold();

        Path file = home.resolve("data/foot-coach-exercises-2026-12-07.html");
        assertThat(file).exists();
        assertThat(told).containsExactly(CliText.get("sheet.saved", file));
    }

    /** The sentence comes on the event thread, after the file is written. */
    private static void awaitTold() {
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (InterruptedException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }
}
