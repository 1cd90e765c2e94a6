package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Controls;
import org.footcoach.session.Phrases;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionState;
import org.footcoach.session.VirtualClock;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.LiveSpeaker;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.store.HistoryRecorder;
import org.footcoach.store.HistoryStore;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.store.VirtualWallClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight hours of a clinic day on a virtual clock: a routine started every {@link #SLOT_MINUTES} minutes, the four in
 * turn, each led by the real engine with the listeners the app gives a session (its voice through the phrase cache
 * onto a sound output, the event log, the history), and a person who says "go" when asked and now and then another
 * command, in every second session skips on to reach the end, and stops a session still going at the end of its
 * slot. No errors, every session keeps the engine's
 * rules, and the heap after GC and the thread count at the end are those after the first hour (within
 * {@link #HEAP_MARGIN_BYTES} and {@link #THREAD_MARGIN}). {@code -Dsoak.hours=72} for a longer run.
 */
class SoakTest {
    private static final int SLOT_MINUTES = 5;
    private static final long SLOT_MILLIS = SLOT_MINUTES * 60_000L;
    /** A session still going this far into its slot is stopped, so the next starts on time. */
    private static final long STOP_AFTER_MILLIS = SLOT_MILLIS - 45_000;
    private static final long SECOND = 1_000;
    private static final long HURRIED_NEXT_MILLIS = 15_000;
    /** The history grows by a few hundred bytes a session, by design; anything more is a leak. */
    private static final long HEAP_MARGIN_BYTES = 3L << 20;
    /** The JIT starts and stops compiler threads of its own as it sees fit. */
    private static final int THREAD_MARGIN = 2;
    private static final Command[] NOW_AND_THEN = {Command.PAUSE, Command.NEXT, Command.BACK, Command.REPEAT,
            Command.DONE, Command.SLOWER, Command.FASTER, Command.LOUDER, Command.SOFTER, Command.HELP};

    @TempDir
    Path temp;

    private final VirtualClock clock = new VirtualClock();
    private final Content content = ContentLoader.loadBundled().content();
    private final Random person = new Random(26);

    @Test
    void eightHoursOfSessionsLeaveNoErrorsAndNoGrowth() throws Exception {
        int hours = Integer.getInteger("soak.hours", 8);
        long wallStart = System.nanoTime();
        List<String> problems = new ArrayList<>();
        long heapAfterFirstHour = 0;
        int threadsAfterFirstHour = 0;
        long heapAtEnd;
        int threadsAtEnd;
        int sessions = 0;
        int toTheEnd = 0;
        try (CaughtProblems caught = new CaughtProblems();
             JsonLinesEventLog log = JsonLinesEventLog.open(temp.resolve("events.jsonl"), clock);
             PhraseCache cache = new PhraseCache(new WordTimedVoice(), RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(new Phrases());
            AudioOutput output = AudioOutput.open("none", line -> { });
            HistoryRecorder history = new HistoryRecorder(HistoryStore.open(temp.resolve("history"),
                    VirtualWallClock.mondayMorning(clock), problems::add));
            long end = hours * 3_600_000L;
            while (clock.millis() < end) {
                long slotStart = clock.millis();
                Routine routine = content.routines().get(sessions % content.routines().size());
                SessionInvariants rules = lead(routine, sessions % 2 == 1, cache, output, log, history);
                rules.problems().forEach(p -> problems.add(routine.id() + " at " + slotStart + " ms: " + p));
                sessions++;
                toTheEnd += rules.wentToTheEnd() ? 1 : 0;
                clock.advanceTo(slotStart + SLOT_MILLIS);
                if (heapAfterFirstHour == 0 && clock.millis() >= 3_600_000L) {
                    heapAfterFirstHour = heapAfterGc();
                    threadsAfterFirstHour = ManagementFactory.getThreadMXBean().getThreadCount();
                }
            }
            // Taken while the app would still run: closing the phrase cache lets go of its speech and its thread.
            heapAtEnd = heapAfterGc();
            threadsAtEnd = ManagementFactory.getThreadMXBean().getThreadCount();
            output.close();
            problems.addAll(caught.problems());
        }
        try (var lines = Files.lines(temp.resolve("events.jsonl"))) {
            lines.filter(line -> line.contains("\"type\":\"error\"")).forEach(problems::add);
        }
        long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        System.out.printf("Soak: %d virtual hours, %d sessions (%d to the end), %d ms wall; heap after GC %.1f MB after"
                        + " the first hour, %.1f MB at the end; threads %d and %d; event log %d KB%n", hours, sessions,
                toTheEnd, wallMillis,
                heapAfterFirstHour / 1048576.0, heapAtEnd / 1048576.0, threadsAfterFirstHour, threadsAtEnd,
                Files.size(temp.resolve("events.jsonl")) / 1024);

        assertThat(problems).isEmpty();
        assertThat(sessions).isEqualTo(hours * 60 / SLOT_MINUTES);
        assertThat(heapAtEnd).as("heap after GC at the end against after the first hour")
                .isLessThanOrEqualTo(heapAfterFirstHour + HEAP_MARGIN_BYTES);
        assertThat(threadsAtEnd).as("threads at the end against after the first hour")
                .isLessThanOrEqualTo(threadsAfterFirstHour + THREAD_MARGIN);
    }

    /**
     * One session as the app leads it, with a person at the counter, who when {@code hurried} says "next" every
     * {@link #HURRIED_NEXT_MILLIS} so the routine gets to its end within the slot; returns what its watcher saw.
     */
    private SessionInvariants lead(Routine routine, boolean hurried, PhraseCache cache, AudioOutput output, JsonLinesEventLog log,
                                   HistoryRecorder history) {
        Phrases phrases = new Phrases().withControls(() -> Controls.VOICE_KEYS_TOUCH);
        SessionEngine engine = new SessionEngine(new PlanBuilder(phrases, Preferences.defaults().doses())
                .build(content, routine), clock, clock, cache.withoutWaiting(), SessionSettings.defaults(), phrases);
        SessionInvariants rules = new SessionInvariants(clock);
        engine.addListener(history);
        engine.addListener(new LiveSpeaker(cache, CompletableFuture.completedFuture(output), clock, cue -> { }));
        engine.addListener(new SessionEventLog(log));
        engine.addListener(rules);
        long start = clock.millis();
        engine.start();
        long waitingSince = -1;
        while (!rules.ended()) {
            if (clock.millis() - start > 2 * SLOT_MILLIS) {
                throw new AssertionError(routine.id() + " did not end after STOP; its last snapshot: "
                        + rules.snapshot());
            }
            clock.advanceBy(SECOND);
            rules.checkNotStuck();
            SessionState state = rules.snapshot().map(s -> s.state()).orElse(SessionState.IDLE);
            boolean waiting = state == SessionState.WAITING_FOR_GO || state == SessionState.PAUSED;
            waitingSince = waiting ? (waitingSince < 0 ? clock.millis() : waitingSince) : -1;
            if (clock.millis() - start >= STOP_AFTER_MILLIS) {
                engine.command(Command.STOP, CommandSource.VOICE);
            } else if (waiting && clock.millis() - waitingSince >= 3 * SECOND) {
                engine.command(Command.GO, CommandSource.KEY);
            } else if (hurried && (clock.millis() - start) % HURRIED_NEXT_MILLIS == 0) {
                engine.command(Command.NEXT, CommandSource.VOICE);
            } else if (person.nextInt(90) == 0) {
                engine.command(NOW_AND_THEN[person.nextInt(NOW_AND_THEN.length)], CommandSource.TOUCH);
            }
        }
        history.answered(OptionalInt.of(person.nextInt(11)), OptionalInt.of(person.nextInt(11)));
        return rules;
    }

    /** The used heap after the collector has had a few goes, so what is left is what is still held. */
    private static long heapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
