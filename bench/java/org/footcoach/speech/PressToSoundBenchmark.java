package org.footcoach.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.footcoach.session.Earcon;

/**
 * Press to sound: the app (started by this program on the start screen, its sound going to a PulseAudio null sink) is
 * sent a key with {@code xdotool}, and the time from the press to the first sample of the "heard you" sound in the
 * sink's monitor is measured, press after press at random moments. Prints the figures for {@code bench/run} on standard
 * output, each press on standard error. Run by {@code bench/figures/press-to-sound}.
 * <p>Usage: PressToSoundBenchmark KEY PRESSES EVENT_LOG MONITOR RATE -- APP COMMAND...
 */
public final class PressToSoundBenchmark {
    private static final double GOAL_P95_MILLIS = 60;
    /** A press whose sound has not begun by then is counted as not answered. */
    private static final long LISTEN_MILLIS = 1000;

    private PressToSoundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String key = args[0];
        int presses = Integer.parseInt(args[1]);
        Path log = Path.of(args[2]);
        String monitor = args[3];
        int rate = Integer.parseInt(args[4]);
        List<String> app = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);
        short[] heardYou = EarconSounds.load().sound(Earcon.HEARD_YOU).samples();
        double leadInMillis = Onset.first(heardYou, 0, heardYou.length) * 1000.0 / Pcm.SAMPLE_RATE;

        List<Double> latencies = new ArrayList<>();
        List<Double> xdotoolMillis = new ArrayList<>();
        int unanswered = 0;
        try (MonitorCapture recording = new MonitorCapture(monitor, rate)) {
            Process running = new ProcessBuilder(app).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::destroy));
            waitForStartScreen(log, running);
            Thread.sleep(3000); // the start screen settles: the phrase cache and the sound line warm up
            Random random = new Random(26);
            for (int i = 0; i < presses; i++) {
                Thread.sleep(700 + random.nextInt(600)); // a random phase against the output's 20 ms blocks
                long before = System.nanoTime();
                press(key);
                long after = System.nanoTime();
                xdotoolMillis.add((after - before) / 1e6);
                Thread.sleep(LISTEN_MILLIS);
                short[] samples = recording.samples();
                long pressSample = (before - recording.sampleZeroNanos()) * rate / 1_000_000_000L;
                int onset = Onset.first(samples, (int) pressSample, (int) (pressSample + rate * LISTEN_MILLIS / 1000));
                if (onset < 0) {
                    unanswered++;
                    System.err.printf("press %d: no sound within %d ms%n", i + 1, LISTEN_MILLIS);
                    continue;
                }
                double latency = (recording.nanosOf(onset) - before) / 1e6 - leadInMillis;
                latencies.add(latency);
                System.err.printf(Locale.ROOT, "press %d: %.1f ms (xdotool ran %.1f ms)%n", i + 1, latency,
                        xdotoolMillis.get(i));
            }
            running.destroy();
            running.waitFor();
        }
        report(key, presses, latencies, xdotoolMillis, unanswered);
    }

    private static void waitForStartScreen(Path log, Process running) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!EventLogCues.has(log, "window-shown")) {
            if (!running.isAlive() || System.currentTimeMillis() > deadline) {
                running.destroyForcibly();
                throw new IllegalStateException("The app's window did not show within a minute.");
            }
            Thread.sleep(200);
        }
    }

    private static void press(String key) throws Exception {
        Process xdotool = new ProcessBuilder("xdotool", "key", "--delay", "0", key).inheritIO().start();
        if (xdotool.waitFor() != 0) {
            throw new IllegalStateException("xdotool key " + key + " failed");
        }
    }

    private static void report(String key, int presses, List<Double> latencies, List<Double> xdotool,
                               int unanswered) {
        if (latencies.isEmpty()) {
            throw new IllegalStateException("No press was answered by a sound.");
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] tool = xdotool.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.err.printf(Locale.ROOT, "%d presses of %s, %d answered: min %.1f, p50 %.1f, p95 %.1f, max %.1f ms "
                        + "(from the start of xdotool, which ran %.1f ms at the median)%n", presses, key,
                sorted.length, sorted[0], rank(sorted, 50), rank(sorted, 95), sorted[sorted.length - 1],
                rank(tool, 50));
        FigureLine.print("press to sound: p50 (" + key + " on the start screen)",
                FigureLine.number(rank(sorted, 50)) + " ms");
        FigureLine.atMost("press to sound: p95 (" + key + " on the start screen)", rank(sorted, 95),
                GOAL_P95_MILLIS, "ms");
        FigureLine.print("press to sound: presses not answered", "0", unanswered + " of " + presses,
                unanswered == 0 ? "met" : "missed by " + unanswered);
    }

    private static double rank(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
