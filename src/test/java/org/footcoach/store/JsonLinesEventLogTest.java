package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesEventLogTest {
    @TempDir
    Path temp;

    private final AtomicLong now = new AtomicLong(5_000);
    private final Logger logger = Logger.getLogger(JsonLinesEventLog.class.getName());
    private final List<LogRecord> reports = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            reports.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    private List<String> warnings() {
        return reports.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage).toList();
    }

    private List<JsonObject> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    @Test
    void eachEventIsOneJsonLineWithTimeSinceOpenAndTypeFirst() throws IOException {
        Path file = temp.resolve("sub").resolve("events.jsonl");
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            log.appStarted("1.0");
            now.addAndGet(250);
            log.screen("start");
            now.addAndGet(1);
            log.command(Command.STOP, CommandSource.VOICE);

            // Flushed per line: readable before the log is closed.
            List<String> raw = Files.readAllLines(file);
            assertThat(raw).hasSize(3);
            assertThat(raw.get(1)).isEqualTo("{\"t_ms\":250,\"type\":\"screen\",\"name\":\"start\"}");
        }
        List<JsonObject> events = lines(file);
        assertThat(events.get(0).get("t_ms").getAsLong()).isZero();
        assertThat(events.get(0).get("type").getAsString()).isEqualTo("app-started");
        assertThat(events.get(2).toString())
                .isEqualTo("{\"t_ms\":251,\"type\":\"command\",\"name\":\"stop\",\"source\":\"voice\"}");
    }

    @Test
    void leavesOutFieldsThatAreAbsent() throws IOException {
        Path file = temp.resolve("events.jsonl");
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            log.appStarted(null);
            log.cue(new Cue.Speech(1200, 400, "One.", Optional.of("count-1"), OptionalInt.of(1),
                    Optional.of("ankle-rolls")));
        }
        List<JsonObject> events = lines(file);
        assertThat(events.get(0).keySet()).containsExactly("t_ms", "type");
        assertThat(events.get(1).keySet()).containsExactly("t_ms", "type", "at_ms", "text", "count", "exercise");
        assertThat(events.get(1).get("count").getAsInt()).isEqualTo(1);
        assertThat(events.get(1).get("text").getAsString()).isEqualTo("One.");
    }

    @Test
    void errorsCarryTheMessageAndTheCause() throws IOException {
        Path file = temp.resolve("events.jsonl");
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            log.error("exercises.json: $.routines[0]: unknown exercise");
            log.error("audio failed", new IllegalStateException("no line"));
        }
        List<JsonObject> events = lines(file);
        assertThat(events.get(0).get("message").getAsString()).isEqualTo("exercises.json: $.routines[0]: unknown exercise");
        assertThat(events.get(1).get("exception").getAsString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(events.get(1).get("detail").getAsString()).isEqualTo("no line");
        assertThat(events.get(1).get("trace").getAsString()).contains("JsonLinesEventLogTest");
    }

    @Test
    void appendsToAnExistingLogSoNothingIsLost() throws IOException {
        Path file = temp.resolve("events.jsonl");
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            log.screen("start");
        }
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            log.screen("session");
        }
        assertThat(lines(file)).extracting(event -> event.get("name").getAsString())
                .containsExactly("start", "session");
    }

    @Test
    void linesFromManyThreadsNeverInterleave() throws Exception {
        Path file = temp.resolve("events.jsonl");
        int threads = 4;
        int each = 200;
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String name = "writer-" + t;
                Thread writer = new Thread(() -> {
                    for (int i = 0; i < each; i++) {
                        log.record("test", EventLog.fields("writer", name, "i", i, "text", "x".repeat(200)));
                    }
                });
                writers.add(writer);
                writer.start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
        }
        List<JsonObject> events = lines(file);
        assertThat(events).hasSize(threads * each);
        for (int t = 0; t < threads; t++) {
            String name = "writer-" + t;
            assertThat(events.stream().filter(e -> e.get("writer").getAsString().equals(name))
                    .map(e -> e.get("i").getAsInt()).toList()).isSorted().hasSize(each);
        }
    }

    @Test
    void eventsAfterCloseAreDroppedNotThrown() throws IOException {
        Path file = temp.resolve("events.jsonl");
        EventLog log = JsonLinesEventLog.open(file, now::get);
        log.screen("start");
        log.close();
        log.screen("late");
        log.close();
        assertThat(lines(file)).hasSize(1);
    }

    /**
     * A thread stopped by an interrupt (the voice input waiting for a microphone, say) may log; the file must stay open
     * for the rest, as it would not if the log wrote through an interruptible channel.
     */
    @Test
    void anInterruptedThreadThatLogsLeavesTheLogWorking() throws IOException {
        Path file = temp.resolve("events.jsonl");
        try (EventLog log = JsonLinesEventLog.open(file, now::get)) {
            Thread.currentThread().interrupt();
            try {
                log.screen("start");
            } finally {
                assertThat(Thread.interrupted()).as("the interrupt is left for its owner").isTrue();
            }
            log.screen("session");
        }
        assertThat(lines(file)).extracting(e -> e.get("name").getAsString()).containsExactly("start", "session");
    }

    /** /dev/full fails every write with "No space left on device", as a full disk does. */
    @Test
    void aFullDiskIsReportedOnceAndNeverThrownAtTheCaller() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full");
        assertThatCode(() -> {
            try (EventLog log = JsonLinesEventLog.open(full, now::get)) {
                log.screen("start");
                log.command(Command.GO, CommandSource.TOUCH);
                log.screen("session");
            }
        }).doesNotThrowAnyException();
        assertThat(warnings()).filteredOn(w -> w.startsWith("Cannot write")).singleElement().asString()
                .contains("/dev/full").contains("No space left on device");
    }

    @Test
    void writesAgainOnceTheDiskHasRoomAndReportsTheNextFailureAgain() {
        FillingWriter disk = new FillingWriter();
        EventLog log = new JsonLinesEventLog(disk, temp.resolve("events.jsonl"), now::get);
        disk.full = true;
        log.screen("start");
        log.screen("lost");
        disk.full = false;
        log.screen("session");
        disk.full = true;
        log.screen("summary");
        assertThat(disk.lines()).containsExactly("{\"t_ms\":0,\"type\":\"screen\",\"name\":\"session\"}");
        assertThat(warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("events.jsonl").contains("disk full"));
    }

    /** A writer on a disk that can be filled and emptied. */
    private static final class FillingWriter extends Writer {
        private final StringWriter kept = new StringWriter();
        private final StringBuilder pending = new StringBuilder();
        boolean full;

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (full) {
                throw new IOException("disk full");
            }
            pending.append(chars, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (full) {
                throw new IOException("disk full");
            }
            kept.append(pending);
            pending.setLength(0);
        }

        @Override
        public void close() {
        }

        List<String> lines() {
            return kept.toString().lines().toList();
        }
    }
}
