package org.footcoach.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;

/**
 * The history's benchmarks ({@code bench/history.sh}): how long opening a year of daily sessions of the full routine
 * takes (goal under 200 ms; the first open after writing and the median of ten), and the kill test's hundred rounds
 * (goal: nothing lost, nothing unreadable). Arguments: the number of kill rounds (default 100).
 */
public final class HistoryBenchmark {
    private static final int DAYS = 365;

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("history-bench");
        Path year = dir.resolve("year");
        writeYear(year);
        long[] millis = new long[11];
        int sessions = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            sessions = HistoryStore.open(year, Clock.systemUTC(), line -> { }).sessions().size();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long first = millis[0];
        long[] rest = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(rest);
        System.out.printf(Locale.ROOT, "| open a year of daily sessions (%d files) | under 200 ms | first %d ms, "
                + "median of 10 %d ms, slowest %d ms |%n", sessions, first, rest[rest.length / 2], rest[rest.length - 1]);

        KillRounds.Outcome outcome = new KillRounds(dir.resolve("killed"), 1).run(rounds);
        System.out.printf(Locale.ROOT, "| SIGKILL while writing, then reopen, %d times | nothing lost or unreadable "
                        + "| %d sessions ended before a kill, %d lost, %d files unreadable, %d cut off |%n",
                outcome.rounds(), outcome.sessionsEnded(), outcome.lost().size(), outcome.problems().size(),
                outcome.cutOff());
    }

    /** A year of the full routine, once a day, done, with both answers. */
    private static void writeYear(Path folder) {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), "full");
        Instant day = Instant.parse("2025-12-07T08:00:00Z");
        HistoryStore store = HistoryStore.open(folder, Clock.systemUTC(), line -> { });
        for (int d = 0; d < DAYS; d++) {
            List<ExerciseDone> done = new ArrayList<>();
            plan.exercises().forEach(p -> done.add(ExerciseDone.planned(p)));
            Instant started = day.plusSeconds(86_400L * d);
            store.save(new PastSession(String.format(Locale.ROOT, "day-%03d", d), started,
                    Optional.of(started.plusSeconds(1500)), "full", "Full routine", Ending.FINISHED,
                    OptionalInt.of(d % 11), OptionalInt.of(d % 3), done));
        }
    }
}
