package org.footcoach.speech;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Timing on the real sound path: records a PulseAudio null sink's monitor while the app (started by this program, its
 * sound going to that sink) leads a routine, then finds each cue of the app's event log in the capture. Prints the
 * figures for {@code bench/run} on standard output, the details on standard error. Run by {@code bench/figures/sound-path}.
 * <p>Usage: SoundPathBenchmark VOICE EVENT_LOG EXPORT.wav EXPORT.vtt MONITOR RATE TIMEOUT_SECONDS -- APP COMMAND...
 */
public final class SoundPathBenchmark {
    /** Beyond this many milliseconds a minute either way the onsets drift; under it is the measurement's grain. */
    private static final double NO_DRIFT_MS_PER_MINUTE = 0.5;

    private SoundPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String voice = args[0];
        Path log = Path.of(args[1]);
        PhraseSounds sounds = new PhraseSounds(Path.of(args[2]), Path.of(args[3]));
        String monitor = args[4];
        int rate = Integer.parseInt(args[5]);
        long timeoutMillis = Long.parseLong(args[6]) * 1000;
        List<String> app = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);

        short[] capture;
        double sinkPpm;
        try (MonitorCapture recording = new MonitorCapture(monitor, rate)) {
            Thread.sleep(500); // parec connects to the monitor before the app plays its first sound
            Process running = new ProcessBuilder(app).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::destroy));
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (!EventLogCues.has(log, "session-ended")) {
                if (!running.isAlive() || System.currentTimeMillis() > deadline) {
                    running.destroyForcibly();
                    throw new IllegalStateException("The app ended or timed out before the session ended.");
                }
                Thread.sleep(500);
            }
            Thread.sleep(2000); // the closing words' last samples reach the sink
            running.destroy();
            running.waitFor();
            capture = recording.samples();
            sinkPpm = recording.sinkPpm(10);
        }
        List<EventLogCues.LoggedCue> cues = EventLogCues.read(log);
        CueTimingReport report = new CueTimingReport(cues, sounds, capture, rate);
        details(report, cues.size(), capture.length / (double) rate, sinkPpm);

        String suffix = ", " + voice;
        FigureLine.print("sound path: cue onset error p50" + suffix, FigureLine.number(report.percentile(50)) + " ms");
        FigureLine.atMost("sound path: cue onset error p99" + suffix, report.percentile(99), 5, "ms");
        FigureLine.print("sound path: cue onset error max" + suffix, FigureLine.number(report.percentile(100)) + " ms");
        double drift = report.driftPerMinute();
        String measured = String.format(Locale.ROOT, "%+.2f ms a minute (%+.0f ms over 30 min)", drift, drift * 30);
        FigureLine.print("sound path: drift" + suffix, "no drift (under " + NO_DRIFT_MS_PER_MINUTE + " ms a minute)",
                measured, Math.abs(drift) < NO_DRIFT_MS_PER_MINUTE ? "met"
                        : "missed by " + String.format(Locale.ROOT, "%.2f", Math.abs(drift) - NO_DRIFT_MS_PER_MINUTE)
                        + " ms a minute");
        int overlaps = report.overlaps.size();
        FigureLine.print("sound path: cues sounding at once" + suffix, "0", overlaps + " of " + report.heard.size(),
                overlaps == 0 ? "met" : "missed by " + overlaps);
    }

    private static void details(CueTimingReport report, int cues, double seconds, double sinkPpm) {
        System.err.printf(Locale.ROOT, "captured %.1f s; %d cues logged, %d found in the capture, %d silent "
                        + "(not ready in time), %d with words the export never says%n", seconds, cues,
                report.heard.size(), report.silent.size(), report.unmeasured.size());
        System.err.printf(Locale.ROOT, "the sink's clock against this JVM's: %+.1f ppm%n", sinkPpm);
        report.silent.forEach(t -> System.err.println("silent: " + t));
        report.overlaps.forEach(t -> System.err.println("overlap: " + t));
        report.heard.forEach(h -> System.err.printf(Locale.ROOT, "cue\t%d\t%.2f\t%s%n", h.atMillis(),
                h.errorMillis(), h.what()));
    }
}
