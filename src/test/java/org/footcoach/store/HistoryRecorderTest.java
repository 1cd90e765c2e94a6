package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Kind;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Ending;
import org.footcoach.session.PastSession;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSummary;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each session is kept as it goes, with how it ended and the answers after it, on the virtual clock. */
class HistoryRecorderTest {
    private static final Instant MORNING = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock();
    private final List<String> problems = new ArrayList<>();

    private HistoryStore open() {
        return HistoryStore.open(dir.resolve("history"), new VirtualWallClock(MORNING, clock), problems::add);
    }

    private SessionEngine engine(String routine, HistoryRecorder recorder, List<SessionSummary> ended) {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), routine);
        SessionEngine engine = new SessionEngine(plan, clock, clock, WordRateLength.typical(),
                SessionSettings.headless());
        engine.addListener(recorder);
        engine.addListener(new SessionListener() {
            @Override
            public void sessionEnded(SessionSummary summary) {
                ended.add(summary);
            }
        });
        return engine;
    }

    @Test
    void aFinishedSessionIsKeptWithEveryExerciseDoneOutOfPlannedAndTheAnswers() {
        HistoryStore store = open();
        HistoryRecorder recorder = new HistoryRecorder(store);
        List<SessionSummary> ended = new ArrayList<>();
        SessionEngine engine = engine("quick", recorder, ended);

        engine.start();
        clock.runUntilIdle();
        recorder.answered(OptionalInt.of(4), OptionalInt.empty());

        PastSession saved = open().sessions().get(0);
        assertThat(problems).isEmpty();
        assertThat(saved.started()).isEqualTo(MORNING);
        assertThat(saved.ended()).contains(MORNING.plusMillis(ended.get(0).endedAtMillis()));
        assertThat(saved.routineId()).isEqualTo("quick");
        assertThat(saved.ending()).isEqualTo(Ending.FINISHED);
        assertThat(saved.effort()).hasValue(4);
        assertThat(saved.pain()).isEmpty();
        assertThat(saved.exercises()).hasSameSizeAs(engine.plan().exercises()).allSatisfy(e -> {
            assertThat(e.setsDone()).isEqualTo(e.setsPlanned());
            assertThat(e.repsDone()).isEqualTo(e.repsPlanned());
        });
        assertThat(saved.exercises()).filteredOn(e -> e.kind() == Kind.REPS).isNotEmpty()
                .allSatisfy(e -> assertThat(e.repsPlanned()).isPositive());
        assertThat(saved.exercises()).filteredOn(e -> e.kind() == Kind.HOLD).isNotEmpty()
                .allSatisfy(e -> assertThat(e.heldSeconds()).isEqualTo(e.holdSeconds() * e.setsPlanned()));
    }

    @Test
    void aSessionIsOnDiskFromItsStartAndAfterEverySet() throws Exception {
        HistoryStore store = open();
        SessionEngine engine = engine("quick", new HistoryRecorder(store), new ArrayList<>());

        engine.start();
        clock.advanceBy(1);
        assertThat(onDisk()).singleElement().satisfies(s -> assertThat(s.ending()).isEqualTo(Ending.IN_PROGRESS));

        clock.advanceBy(180_000);
        assertThat(onDisk().get(0).ending()).as("still running").isEqualTo(Ending.IN_PROGRESS);
        // Read as another app would after a kill: the sets done so far are there, and it was cut off.
        PastSession afterKill = open().sessions().get(0);
        assertThat(afterKill.ending()).isEqualTo(Ending.CUT_OFF);
        assertThat(afterKill.exercises()).anySatisfy(e -> assertThat(e.setsDone()).isPositive());
        assertThat(afterKill.ended()).hasValueSatisfying(at -> assertThat(at).isAfter(MORNING));
    }

    /** The files as they are, read without opening the history (which would take a running one as cut off). */
    private List<PastSession> onDisk() throws IOException, DataFileException {
        List<PastSession> read = new ArrayList<>();
        try (var files = Files.list(dir.resolve("history"))) {
            for (Path file : files.toList()) {
                read.add(PastSessionJson.read(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return read;
    }

    @Test
    void aStopAndAClosedWindowAreEachKeptAsTheEndingTheyWere() {
        HistoryStore store = open();
        HistoryRecorder recorder = new HistoryRecorder(store);
        SessionEngine stopped = engine("quick", recorder, new ArrayList<>());
        stopped.start();
        clock.advanceBy(60_000);
        stopped.command(Command.STOP, CommandSource.KEY);
        clock.runUntilIdle();

        SessionEngine closed = engine("full", recorder, new ArrayList<>());
        closed.start();
        clock.advanceBy(60_000);
        recorder.windowClosed();

        assertThat(open().sessions()).extracting(PastSession::routineId, PastSession::ending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quick", Ending.STOPPED),
                        org.assertj.core.groups.Tuple.tuple("full", Ending.WINDOW_CLOSED));
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLineAndTheSessionGoesOn() throws IOException {
        Files.writeString(dir.resolve("history"), "a file where the folder should be");
        HistoryStore store = open();
        SessionEngine engine = engine("quick", new HistoryRecorder(store), new ArrayList<>());

        engine.start();
        clock.runUntilIdle();

        assertThat(problems).as("said once, not at every set").singleElement().satisfies(line -> assertThat(line)
                .startsWith("This session could not be saved to " + dir.resolve("history")));
        assertThat(store.sessions()).singleElement()
                .satisfies(s -> assertThat(s.ending()).isEqualTo(Ending.FINISHED));
    }
}
