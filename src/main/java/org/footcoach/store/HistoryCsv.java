package org.footcoach.store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.footcoach.files.AtomicFile;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;

/**
 * The history as CSV for a spreadsheet: a header row, then one row per session and exercise, RFC 4180 quoting,
 * ISO dates and times in the computer's time zone. Empty cells for answers not given.
 */
public final class HistoryCsv {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    public HistoryCsv(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes {@code sessions} to {@code file} whole, or leaves it as it was and throws. */
    public void write(List<PastSession> sessions, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            print(sessions, text);
            text.flush();
        });
    }

    void print(List<PastSession> sessions, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(StoreText.get("csv.header").split(",")).get();
        // Not closed: that would close the file under AtomicFile before it is forced to the disk.
        CSVPrinter csv = new CSVPrinter(out, format);
        for (PastSession s : sessions) {
            ZonedDateTime started = s.started().atZone(zone);
            for (ExerciseDone e : s.exercises()) {
                csv.printRecord(DATE.format(started), TIME.format(started), s.routineName(),
                        s.ending().logName(), s.effort().isPresent() ? s.effort().getAsInt() : "",
                        s.pain().isPresent() ? s.pain().getAsInt() : "", e.name(),
                        e.kind().name().toLowerCase(Locale.ROOT), e.setsPlanned(), e.setsDone(),
                        e.repsPlanned(), e.repsDone(), e.holdSeconds(), e.heldSeconds(), e.setsEndedEarly(),
                        StoreText.get(e.skipped() ? "csv.yes" : "csv.no"));
            }
        }
        csv.flush();
    }
}
