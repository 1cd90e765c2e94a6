package org.footcoach.listen;

import java.util.List;
import java.util.Locale;
import org.footcoach.listen.cancel.CommandsOverCounting;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;
import org.footcoach.listen.corpus.Speaker;

/**
 * The echo canceller's benchmark ({@code bench/voice/run-echo-benchmark.sh}): in a {@link SimulatedRoom}, the app
 * counts a hold (FreeTTS, "One." to "Sixteen.", one a second) and a person says "stop" (or the command phrase given as
 * the argument) at 30 places from 5.0 to 7.9 s, at a set loudness over the echo; prints how many are heard from the
 * microphone as it is, with the echo taken out, and with the echo taken out and words the canceller took out ignored
 * as the app's own (as the app does, {@code EchoResidue}), how much of the echo is taken out, and how fast. Three rooms: three short wall echoes with a
 * loudspeaker that plays the sound as it is, the same with one driven into distortion (which a linear canceller
 * cannot take out), and a room that rings for longer than the canceller's filter reaches.
 */
public final class EchoCancellingBenchmark {
    private static final int SECOND = 16_000;
    private final short[] counting = CommandsOverCounting.counting(16);
    private final List<Speaker> people = List.of(new EspeakSpeaker("en-us", 160, 50),
            new EspeakSpeaker("en-gb", 130, 35), new EspeakSpeaker("en-gb-x-rp", 195, 65));
    private final Recognition recognition = SharedRecognition.get();
    private final String word;
    private long nanos;
    private long samples;

    private EchoCancellingBenchmark(String word) {
        this.word = word;
    }

    public static void main(String[] args) {
        new EchoCancellingBenchmark(args.length > 0 ? args[0] : "stop").run();
    }

    private void run() {
        System.out.printf(Locale.ROOT, "Overdriven loudspeaker: its distortion is %.1f dB under its sound.%n%n",
                SimulatedRoom.distortionDecibelsUnder(counting, SimulatedRoom.overdriven(counting,
                        SimulatedRoom.OVERDRIVE)));
        System.out.println("| room, loudspeaker | room noise (RMS) | person over the echo | \"" + word + "\" heard: "
                + "microphone as it is | with the echo taken out | and its remains ignored | echo taken out (4-16 s) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (SimulatedRoom.Room room : SimulatedRoom.Room.values()) {
            short[] roomEcho = room.hear(counting);
            for (double noise : new double[] {0, 100}) {
                rows(room.label(), roomEcho, noise);
            }
        }
        System.out.printf(Locale.ROOT, "%nCancelling took %.1f %% of one core (%d s of audio in %d ms, with the "
                + "delay search).%n", 100.0 * nanos / (samples * 1e9 / SECOND), samples / SECOND, nanos / 1_000_000);
    }

    /** The rows for one room and one level of room noise: the person at 6 dB and at 0 dB over the echo. */
    private void rows(String room, short[] roomEcho, double noise) {
        short[] noiseOnly = SimulatedRoom.echo(new short[counting.length], 0.5f, noise, 7);
        short[] echo = SimulatedRoom.withVoice(roomEcho, noiseOnly, 0, 1);
        double takenOut = SimulatedRoom.decibelsOver(echo, cancel(echo), 4 * SECOND, 16 * SECOND);
        String noiseNote = noise > 0 ? String.format(Locale.ROOT, " (the noise alone is %.1f dB under the echo)",
                SimulatedRoom.decibelsOver(echo, noiseOnly, 4 * SECOND, 16 * SECOND)) : "";
        for (double overEcho : new double[] {6, 0}) {
            int raw = 0;
            int cancelled = 0;
            int checked = 0;
            for (int step = 0; step < 30; step++) {
                short[] said = people.get(step % people.size()).say(word);
                int at = 5 * SECOND + step * 1_600;
                double gain = Math.pow(10, overEcho / 20) * Math.max(SimulatedRoom.rms(echo, at, said.length), 300)
                        / SimulatedRoom.rms(said, 0, said.length);
                short[] mic = SimulatedRoom.withVoice(echo, said, at, gain);
                raw += CommandsOverCounting.heardOverTheApp(recognition, mic, at, said.length, word) ? 1 : 0;
                cancelled += CommandsOverCounting.heardThroughCanceller(recognition, counting, mic, at, said.length,
                        word, false) ? 1 : 0;
                checked += CommandsOverCounting.heardThroughCanceller(recognition, counting, mic, at, said.length,
                        word, true) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f dB | %d of 30 | %d of 30 | %d of 30 | %.1f dB%s |%n",
                    room, noise, overEcho, raw, cancelled, checked, takenOut, noiseNote);
        }
    }

    private short[] cancel(short[] mic) {
        long start = System.nanoTime();
        short[] heard = SimulatedRoom.listen(counting, mic);
        nanos += System.nanoTime() - start;
        samples += mic.length;
        return heard;
    }
}
