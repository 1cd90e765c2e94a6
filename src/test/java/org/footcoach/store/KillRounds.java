package org.footcoach.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.footcoach.session.Ending;
import org.footcoach.session.PastSession;

/**
 * Kills a process that is writing the history with SIGKILL at a random moment, reopens the history, and checks it:
 * every session the process had seen saved as ended is there and finished, at most one was cut off, and no file is
 * unreadable. Again and again in the same folder, so the history grows as it would over months.
 */
public final class KillRounds {
    /** What the rounds found: sessions ended before a kill, and every line about a file that could not be read. */
    public record Outcome(int rounds, int sessionsEnded, int cutOff, List<String> lost, List<String> problems) {
    }

    private final Path folder;
    private final Random random;

    public KillRounds(Path folder, long seed) {
        this.folder = folder;
        this.random = new Random(seed);
    }

    public Outcome run(int rounds) throws IOException, InterruptedException {
        Set<String> ended = new HashSet<>();
        List<String> lost = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int cutOff = 0;
        for (int round = 0; round < rounds; round++) {
            ended.addAll(writeUntilKilled());
            List<String> lines = new ArrayList<>();
            List<PastSession> sessions = HistoryStore.open(folder, Clock.systemUTC(), lines::add).sessions();
            problems.addAll(lines);
            Set<String> finished = new HashSet<>();
            for (PastSession s : sessions) {
                if (s.ending() == Ending.FINISHED) {
                    finished.add(s.id());
                }
            }
            for (String id : ended) {
                if (!finished.contains(id)) {
                    lost.add(id);
                }
            }
            cutOff = (int) sessions.stream().filter(s -> s.ending() == Ending.CUT_OFF).count();
        }
        return new Outcome(rounds, ended.size(), cutOff, lost, problems);
    }

    /** Starts a writer, lets it run a random while after it is ready, kills it; returns the sessions it ended. */
    private List<String> writeUntilKilled() throws IOException, InterruptedException {
        // The writer's lines go straight to a file, so every line it wrote before it died is there to read after.
        Path said = Files.createTempFile("history-writer", ".txt");
        try {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HistoryWritingChild.class.getName(),
                    folder.toString()).redirectOutput(said.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(said).startsWith("ready")) {
                if (System.nanoTime() > giveUp || !child.isAlive()) {
                    child.destroyForcibly();
                    throw new IllegalStateException("the writer did not start");
                }
                Thread.sleep(10);
            }
            Thread.sleep(random.nextInt(300));
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            List<String> ended = new ArrayList<>();
            for (String line : Files.readAllLines(said, StandardCharsets.UTF_8)) {
                if (line.startsWith("ended ")) {
                    ended.add(line.substring("ended ".length()));
                }
            }
            return ended;
        } finally {
            Files.delete(said);
        }
    }
}
