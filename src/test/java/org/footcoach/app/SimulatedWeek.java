package org.footcoach.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.HistoryRecorder;
import org.footcoach.store.HistoryStore;

/**
 * A week of daily sessions as the app keeps them: the quick routine each morning at 9:15 from Monday 7 December
 * 2026 to Sunday 13 December, each led by the real engine on a virtual clock, kept by the real recorder and
 * answered ("How hard" 2, 3, 4, 2, ...; "Pain" 0, 1, 0, not answered, ...), in the history folder {@code folder}.
 */
final class SimulatedWeek {
    static final Instant FIRST_MORNING = Instant.parse("2026-12-07T09:15:00Z");
    /** The Sunday evening after the week, in UTC. */
    static final Clock SUNDAY_EVENING = Clock.fixed(Instant.parse("2026-12-13T19:00:00Z"), ZoneOffset.UTC);
    static final int DAYS = 7;

    private SimulatedWeek() {
    }

    static HistoryStore record(Path folder) {
        DayByDay wall = new DayByDay();
        HistoryStore store = HistoryStore.open(folder, wall, problem -> {
            throw new AssertionError(problem);
        });
        HistoryRecorder recorder = new HistoryRecorder(store);
        for (int day = 0; day < DAYS; day++) {
            VirtualClock time = new VirtualClock();
            wall.morning(FIRST_MORNING.plus(Duration.ofDays(day)), time);
            SessionEngine engine = new SessionEngine(new PlanBuilder()
                    .build(ContentLoader.loadBundled().content(), "quick"), time, time, WordRateLength.typical(),
                    SessionSettings.headless());
            engine.addListener(recorder);
            engine.start();
            time.runUntilIdle();
            recorder.answered(OptionalInt.of(2 + day % 3), day == 3 ? OptionalInt.empty() : OptionalInt.of(day % 2));
        }
        return store;
    }

    /** The wall clock: the morning of the day simulated, plus the virtual time of its session. */
    private static final class DayByDay extends Clock {
        private Instant morning = FIRST_MORNING;
        private VirtualClock time = new VirtualClock();

        void morning(Instant at, VirtualClock sessionTime) {
            morning = at;
            time = sessionTime;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("one zone is enough for a test");
        }

        @Override
        public Instant instant() {
            return morning.plusMillis(time.millis());
        }
    }
}
