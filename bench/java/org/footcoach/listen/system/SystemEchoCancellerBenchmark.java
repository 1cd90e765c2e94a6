package org.footcoach.listen.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.footcoach.listen.cancel.CommandsOverCounting;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;

/**
 * The sound server's echo canceller against the app's ({@code bench/voice/run-system-echo-cancel.sh}), on the cases of
 * {@code EchoCancellingBenchmark}. {@code write DIR [WORD]} writes the app's counting ({@code played.wav}) and every
 * microphone signal ({@code mic/NAME.wav}, names listed in {@code cases.txt}); the script plays them through the
 * server and records its cancelled microphone as {@code out/NAME.raw}. {@code measure DIR CPU [WORD]} hears each case
 * from the microphone as it is, through the app's canceller and from the server's recording, and prints the table;
 * CPU is the server's share of one core the script measured. Ours is counted in CPU time, as the server's is, so
 * that other work on the machine does not count against it.
 */
public final class SystemEchoCancellerBenchmark {
    private static final int SECOND = 16_000;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final short[] counting = CommandsOverCounting.counting(16);
    private final String word;
    private long oursNanos;
    private long oursSamples;

    private SystemEchoCancellerBenchmark(String word) {
        this.word = word;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            new SystemEchoCancellerBenchmark(args.length > 2 ? args[2] : "stop").write(dir);
        } else {
            new SystemEchoCancellerBenchmark(args.length > 3 ? args[3] : "stop").measure(dir, args[2]);
        }
    }

    private void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mic"));
        Pcm16Files.writeWav(dir.resolve("played.wav"), LeadIn.silentBefore(counting));
        List<String> names = new ArrayList<>();
        for (MicrophoneCases.Case c : new MicrophoneCases(counting, word).all()) {
            Pcm16Files.writeWav(dir.resolve("mic").resolve(c.name() + ".wav"), LeadIn.markedBefore(c.mic()));
            names.add(c.name());
        }
        Files.write(dir.resolve("cases.txt"), names);
    }

    private void measure(Path dir, String systemCpuPercent) throws IOException {
        Recognition recognition = SharedRecognition.get();
        System.out.println("| room, loudspeaker | room noise (RMS) | person over the echo | \"" + word + "\" heard: "
                + "microphone as it is | through ours | through ours, its remains ignored | through the system's "
                + "| the system's, lined up at the word | echo taken out (4-16 s): ours | the system's |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        Row row = null;
        int shifted = 0;
        int mostShift = 0;
        for (MicrophoneCases.Case c : new MicrophoneCases(counting, word).all()) {
            short[] recording = Pcm16Files.readRaw(dir.resolve("out").resolve(c.name() + ".raw"));
            int start = LeadIn.signalStart(recording);
            short[] system = LeadIn.cut(recording, start, c.mic().length);
            if (c.echoOnly()) {
                row = new Row(c, SimulatedRoom.decibelsOver(c.mic(), oursCancelled(c.mic()), 4 * SECOND, 16 * SECOND),
                        SimulatedRoom.decibelsOver(c.mic(), system, 4 * SECOND, 16 * SECOND));
                continue;
            }
            int shift = WordShift.of(c.mic(), system, c.at(), c.length());
            shifted += Math.abs(shift) > SECOND / 50 ? 1 : 0;
            mostShift = Math.max(mostShift, Math.abs(shift));
            short[] systemAtWord = LeadIn.cut(recording, start + shift, c.mic().length);
            row.count(c.overEcho(),
                    CommandsOverCounting.heardOverTheApp(recognition, c.mic(), c.at(), c.length(), word),
                    CommandsOverCounting.heardThroughCanceller(recognition, counting, c.mic(), c.at(), c.length(),
                            word, false),
                    CommandsOverCounting.heardThroughCanceller(recognition, counting, c.mic(), c.at(), c.length(),
                            word, true),
                    CommandsOverCounting.heardOverTheApp(recognition, system, c.at(), c.length(), word),
                    CommandsOverCounting.heardOverTheApp(recognition, systemAtWord, c.at(), c.length(), word));
            if (c.step() == MicrophoneCases.PLACES - 1) {
                System.out.print(row.line(c.overEcho()));
            }
        }
        System.out.printf(Locale.ROOT, "%nThe word more than 20 ms from where it was sent in the system's recording "
                + "(the server dropped microphone sound after the lead-in): %d cases, at most %d ms.%n", shifted,
                mostShift * 1000 / SECOND);
        System.out.printf(Locale.ROOT, "%nCPU, share of one core while cancelling: ours %.1f %% (%d s of audio in %d ms of "
                + "CPU time, with the delay search); the system's %s %% (the sound server, less the same set-up without "
                + "cancelling).%n", 100.0 * oursNanos / (oursSamples * 1e9 / SECOND), oursSamples / SECOND,
                oursNanos / 1_000_000, systemCpuPercent);
    }

    private short[] oursCancelled(short[] mic) {
        long start = threads.getCurrentThreadCpuTime();
        short[] heard = SimulatedRoom.listen(counting, mic);
        oursNanos += threads.getCurrentThreadCpuTime() - start;
        oursSamples += mic.length;
        return heard;
    }

    /** The counts of one room and one level of room noise, for each loudness of the person. */
    private static final class Row {
        private final MicrophoneCases.Case echo;
        private final double oursTakenOut;
        private final double systemTakenOut;
        private final int[][] heard = new int[MicrophoneCases.OVER_ECHO.length][5];

        Row(MicrophoneCases.Case echo, double oursTakenOut, double systemTakenOut) {
            this.echo = echo;
            this.oursTakenOut = oursTakenOut;
            this.systemTakenOut = systemTakenOut;
        }

        void count(double overEcho, boolean... ways) {
            int[] counts = heard[overEcho == MicrophoneCases.OVER_ECHO[0] ? 0 : 1];
            for (int i = 0; i < ways.length; i++) {
                counts[i] += ways[i] ? 1 : 0;
            }
        }

        String line(double overEcho) {
            int[] n = heard[overEcho == MicrophoneCases.OVER_ECHO[0] ? 0 : 1];
            return String.format(Locale.ROOT, "| %s | %.0f | %.0f dB | %d of 30 | %d of 30 | %d of 30 | %d of 30 | "
                    + "%d of 30 | %.1f dB | %.1f dB |%n", echo.room().label(), echo.noise(), overEcho, n[0], n[1], n[2],
                    n[3], n[4],
                    oursTakenOut, systemTakenOut);
        }
    }
}
