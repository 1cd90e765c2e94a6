package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Kind;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the history folder: what is kept, what is set aside and said, and what is never overwritten. */
class HistoryStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:15:00Z");

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private HistoryStore open() {
        return HistoryStore.open(dir, Clock.fixed(NOW, ZoneOffset.UTC), problems::add);
    }

    private static PastSession session(String id, Instant started) {
        return new PastSession(id, started, Optional.of(started.plusSeconds(600)), "quick", "Quick routine",
                Ending.FINISHED, OptionalInt.of(3), OptionalInt.of(0), List.of(new ExerciseDone("ankle-pumps",
                "Ankle pumps", Kind.REPS, 2, 2, 20, 20, 0, 0, 0, false, true)));
    }

    @Test
    void whatIsSavedReadsBackTheSameAndInTimeOrder() {
        PastSession later = session("b", NOW.minusSeconds(60));
        PastSession earlier = session("a", NOW.minusSeconds(86_400));
        HistoryStore store = open();
        store.save(later);
        store.save(earlier);

        assertThat(open().sessions()).containsExactly(earlier, later);
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileOfTheFirstVersionAlwaysReads() throws IOException {
        try (InputStream v1 = getClass().getResourceAsStream("history-v1.json")) {
            Files.copy(v1, dir.resolve("20261201T083000.000Z.json"));
        }

        PastSession read = open().sessions().get(0);

        assertThat(problems).isEmpty();
        assertThat(read.started()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(read.ending()).isEqualTo(Ending.FINISHED);
        assertThat(read.effort()).hasValue(4);
        assertThat(read.exercises()).extracting(ExerciseDone::id, ExerciseDone::setsDone, ExerciseDone::heldSeconds,
                ExerciseDone::setsEndedEarly, ExerciseDone::skipped).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ankle-pumps", 2, 0, 0, false),
                org.assertj.core.groups.Tuple.tuple("calf-stretch", 3, 75, 1, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"version\":1,\"started\":\"2026-12-0", "not json at all", "[1,2,3]",
            "{\"version\":1}", "{\"version\":\"one\"}", "{\"version\":0,\"exercises\":[]}"})
    void aBrokenFileIsMovedAsideWithOneLineAndTheRestIsKept(String broken) throws IOException {
        open().save(session("20261206T080000.000Z", NOW.minusSeconds(86_400)));
        Path bad = Files.writeString(dir.resolve("20261207T080000.000Z.json"), broken);

        HistoryStore store = open();

        assertThat(store.sessions()).extracting(PastSession::id).containsExactly("20261206T080000.000Z");
        Path aside = dir.resolve("20261207T080000.000Z.json.corrupt-20261207T091500.000Z");
        assertThat(bad).doesNotExist();
        assertThat(aside).hasContent(broken);
        assertThat(problems).singleElement().satisfies(line -> assertThat(line)
                .startsWith("A history file could not be read, so it was moved aside as " + aside.getFileName()));
    }

    @Test
    void anEmptyFileIsSaidAsEmpty() throws IOException {
        Files.writeString(dir.resolve("x.json"), "");

        open();

        assertThat(problems).singleElement().satisfies(line -> assertThat(line).endsWith("x.json: it is empty."));
    }

    @Test
    void bytesThatAreNotTextAreSetAsideToo() throws IOException {
        Path bad = Files.write(dir.resolve("x.json"), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});

        open();

        assertThat(bad).doesNotExist();
        assertThat(problems).singleElement().satisfies(line -> assertThat(line).endsWith("it is not text."));
    }

    @Test
    void aFileFromANewerFootCoachIsLeftAsItIs() throws IOException {
        String newer = "{\"version\":2,\"started\":\"2027-01-01T08:00:00Z\",\"exercises\":[]}";
        Path file = Files.writeString(dir.resolve("20270101T080000.000Z.json"), newer);

        HistoryStore store = open();

        assertThat(store.sessions()).isEmpty();
        assertThat(file).hasContent(newer);
        assertThat(problems).singleElement().satisfies(line -> assertThat(line)
                .isEqualTo("A history file is left out and kept as it is: " + file + ": it was written by a newer"
                        + " Foot Coach (version 2; this one reads up to 1)."));
    }

    @Test
    void openedInTheBackgroundItIsReadBeforeAnyoneSeesIt() {
        HistoryStore written = open();
        for (int i = 0; i < 50; i++) {
            written.save(session(String.format("s%02d", i), NOW.minusSeconds(86_400L * i)));
        }

        HistoryStore store = HistoryStore.openInBackground(dir, Clock.fixed(NOW, ZoneOffset.UTC), problems::add);

        assertThat(store.sessions()).hasSize(50);
    }

    @Test
    void newNamesAreUniqueEvenWithinOneMillisecond() {
        HistoryStore store = open();
        String first = store.newId();
        store.save(session(first, NOW));

        assertThat(first).isEqualTo("20261207T091500.000Z");
        assertThat(store.newId()).isEqualTo("20261207T091500.000Z-2");
    }
}
