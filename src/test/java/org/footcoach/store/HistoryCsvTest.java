package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.footcoach.content.Kind;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV a spreadsheet opens as it is: a header, one row per session and exercise, quoting where needed. */
class HistoryCsvTest {
    @TempDir
    Path dir;

    private static ExerciseDone exercise(String name, Kind kind, int setsDone, boolean skipped) {
        return new ExerciseDone(name.toLowerCase(), name, kind, 2, setsDone, kind == Kind.REPS ? 20 : 0,
                kind == Kind.REPS ? setsDone * 10 : 0, kind == Kind.HOLD ? 30 : 0,
                kind == Kind.HOLD ? setsDone * 30 : 0, 0, skipped, true);
    }

    @Test
    void oneRowPerSessionAndExerciseWithAHeaderAndQuotedCommas() throws IOException {
        PastSession monday = new PastSession("a", Instant.parse("2026-11-30T08:05:00Z"),
                Optional.of(Instant.parse("2026-11-30T08:25:00Z")), "quick", "Quick, gentle routine",
                Ending.FINISHED, OptionalInt.of(3), OptionalInt.empty(),
                List.of(exercise("Ankle pumps", Kind.REPS, 2, false), exercise("Calf \"wall\" stretch", Kind.HOLD,
                        1, true)));
        PastSession tuesday = new PastSession("b", Instant.parse("2026-12-01T18:40:00Z"),
                Optional.of(Instant.parse("2026-12-01T18:45:00Z")), "quick", "Quick routine", Ending.STOPPED,
                OptionalInt.of(6), OptionalInt.of(2), List.of(exercise("Ankle pumps", Kind.REPS, 1, false)));
        Path file = dir.resolve("history.csv");

        new HistoryCsv(ZoneId.of("Europe/Berlin")).write(List.of(monday, tuesday), file);

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(Files.readString(file)).startsWith("date,time,routine,ending,effort,pain,exercise,kind,")
                .contains("\"Quick, gentle routine\"").contains("\"Calf \"\"wall\"\" stretch\"").contains("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toMap()).containsEntry("date", "2026-11-30").containsEntry("time", "09:05")
                .containsEntry("routine", "Quick, gentle routine").containsEntry("ending", "finished")
                .containsEntry("effort", "3").containsEntry("pain", "").containsEntry("exercise", "Ankle pumps")
                .containsEntry("reps planned", "20").containsEntry("reps done", "20").containsEntry("skipped", "no");
        assertThat(rows.get(1).toMap()).containsEntry("exercise", "Calf \"wall\" stretch")
                .containsEntry("kind", "hold").containsEntry("sets done", "1").containsEntry("seconds held", "30")
                .containsEntry("skipped", "yes");
        assertThat(rows.get(2).toMap()).containsEntry("date", "2026-12-01").containsEntry("ending", "stopped")
                .containsEntry("pain", "2");
    }
}
