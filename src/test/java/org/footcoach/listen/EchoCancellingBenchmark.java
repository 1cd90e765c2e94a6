package org.footcoach.listen;

import java.util.List;
import java.util.Locale;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;
import org.footcoach.listen.corpus.Speaker;

/**
 * The echo canceller's benchmark ({@code bench/voice/run-echo-benchmark.sh}): in a {@link SimulatedRoom}, the app
 * counts a hold (FreeTTS, "One." to "Sixteen.", one a second) and a person says "stop" at 30 places from 5.0 to
 * 7.9 s, at a set loudness over the echo; prints how many are heard from the microphone as it is and with the echo
 * taken out, how much of the echo is taken out, and how fast; with a loudspeaker that plays the sound as it is and
 * with one driven into distortion, which a linear canceller cannot take out.
 */
public final class EchoCancellingBenchmark {
    private static final int SECOND = 16_000;
    /** Puts the loudspeaker's distortion about 18 dB under its sound (about 13 %). */
    private static final double OVERDRIVE = 4;

    public static void main(String[] args) {
        short[] counting = SimulatedRoom.counting(16);
        List<Speaker> people = List.of(new EspeakSpeaker("en-us", 160, 50), new EspeakSpeaker("en-gb", 130, 35),
                new EspeakSpeaker("en-gb-x-rp", 195, 65));
        Recognition recognition = SharedRecognition.get();
        short[] overdriven = SimulatedRoom.overdriven(counting, OVERDRIVE);
        System.out.printf(Locale.ROOT, "Overdriven loudspeaker: its distortion is %.1f dB under its sound.%n%n",
                SimulatedRoom.distortionDecibelsUnder(counting, overdriven));
        System.out.println("| loudspeaker | room noise (RMS) | person over the echo | \"stop\" heard: microphone as it "
                + "is | with the echo taken out | echo taken out (4-16 s) |");
        System.out.println("|---|---|---|---|---|---|");
        long nanos = 0;
        long samples = 0;
        for (int setting = 0; setting < 4; setting++) {
            boolean clean = setting < 2;
            double noise = setting % 2 == 0 ? 0 : 100;
            short[] echo = SimulatedRoom.echo(clean ? counting : overdriven, 0.5f, noise, 7);
            short[] noiseOnly = SimulatedRoom.echo(new short[counting.length], 0.5f, noise, 7);
            long start = System.nanoTime();
            short[] echoLeft = SimulatedRoom.listen(counting, echo);
            nanos += System.nanoTime() - start;
            samples += echo.length;
            double takenOut = SimulatedRoom.decibelsOver(echo, echoLeft, 4 * SECOND, 16 * SECOND);
            double noiseFloor = SimulatedRoom.decibelsOver(echo, noiseOnly, 4 * SECOND, 16 * SECOND);
            for (double overEcho : new double[] {6, 0}) {
                int raw = 0;
                int cancelled = 0;
                for (int step = 0; step < 30; step++) {
                    short[] stop = people.get(step % people.size()).say("stop");
                    int at = 5 * SECOND + step * 1_600;
                    double gain = Math.pow(10, overEcho / 20) * Math.max(SimulatedRoom.rms(echo, at, stop.length), 300)
                            / SimulatedRoom.rms(stop, 0, stop.length);
                    short[] mic = SimulatedRoom.withVoice(echo, stop, at, gain);
                    raw += SimulatedRoom.heardStop(recognition, mic, at, stop.length) ? 1 : 0;
                    start = System.nanoTime();
                    short[] heard = SimulatedRoom.listen(counting, mic);
                    nanos += System.nanoTime() - start;
                    samples += mic.length;
                    cancelled += SimulatedRoom.heardStop(recognition, heard, at, stop.length) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f dB | %d of 30 | %d of 30 | %.1f dB%s |%n",
                        clean ? "as played" : "overdriven", noise, overEcho, raw, cancelled, takenOut, noise > 0
                                ? String.format(Locale.ROOT, " (the noise alone is %.1f dB under the echo)", noiseFloor)
                                : "");
            }
        }
        System.out.printf(Locale.ROOT, "%nCancelling took %.1f %% of one core (%d s of audio in %d ms, with the "
                + "delay search).%n", 100.0 * nanos / (samples * 1e9 / SECOND), samples / SECOND, nanos / 1_000_000);
    }
}
