package org.footcoach.listen.cancel;

import java.util.Locale;
import java.util.Random;
import org.footcoach.listen.AudioSource;

/**
 * A loudspeaker and a microphone in a room, in samples: the app's sound reaches the microphone after the sound
 * card's buffers and the way through the air, with three wall echoes, at {@code loudness} of what was played, plus
 * the room's noise. {@link #listen} plays it through an {@link EchoCancellingSource} as the app would: the output
 * runs {@value #OUTPUT_AHEAD} samples ahead of the microphone when it starts and one to three blocks less after
 * that, as two threads taking turns do (seen with PulseAudio: 140 ms at the start, then 80 to 140 ms).
 */
public final class SimulatedRoom {
    static final int OUTPUT_AHEAD = 1_280;  // 80 ms of output buffer
    static final int DELAY = 1_600;         // 100 ms from the program writing a sample to the microphone hearing it
    private static final int[] ECHO_AT = {0, 56, 200, 400};
    private static final float[] ECHO_GAIN = {1f, 0.5f, 0.2f, -0.1f};
    /** How much harder an overdriven loudspeaker clips one side of the wave than the other. */
    private static final double UNEVEN = 0.3;

    private static final int SECOND = 16_000;

    /** Puts the loudspeaker's distortion about 18 dB under its sound (about 13 %). */
    public static final double OVERDRIVE = 4;
    /** A living room with the loudspeaker about an arm's length from the microphone. */
    static final double RINGING_RT60 = 0.4;
    static final double RINGING_TAIL = 0.5;

    /** The rooms of the benchmarks, named as in their tables in {@code bench/RESULTS.md}. */
    public enum Room {
        THREE_WALL_ECHOES("three wall echoes, as played"),
        OVERDRIVEN("three wall echoes, overdriven"),
        RINGING(String.format(Locale.ROOT, "ringing room (RT60 %.1f s, tail %.0f dB under the direct sound), as played",
                RINGING_RT60, -10 * Math.log10(RINGING_TAIL)));

        private final String label;

        Room(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** What the microphone hears of {@code played} in this room, with no noise. */
        public short[] hear(short[] played) {
            return switch (this) {
                case THREE_WALL_ECHOES -> echo(played, 0.5f, 0, 7);
                case OVERDRIVEN -> echo(overdriven(played, OVERDRIVE), 0.5f, 0, 7);
                case RINGING -> reverberant(played, RINGING_RT60, RINGING_TAIL, 0.5f, 3);
            };
        }
    }

    private SimulatedRoom() {
    }

    /** Root mean square of {@code length} samples from {@code from}. */
    public static double rms(short[] s, int from, int length) {
        double e = 0;
        for (int i = from; i < from + length && i < s.length; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / length);
    }

    /** What the microphone hears of {@code played}, plus Gaussian noise of {@code noiseRms}. */
    public static short[] echo(short[] played, float loudness, double noiseRms, long seed) {
        Random noise = new Random(seed);
        short[] out = new short[played.length];
        for (int n = 0; n < out.length; n++) {
            double s = noise.nextGaussian() * noiseRms;
            for (int k = 0; k < ECHO_AT.length; k++) {
                int i = n - DELAY - ECHO_AT[k] + OUTPUT_AHEAD;
                if (i >= 0 && i < played.length) {
                    s += loudness * ECHO_GAIN[k] * played[i];
                }
            }
            out[n] = clip(s);
        }
        return out;
    }

    /**
     * {@code played} as a small loudspeaker driven too hard gives it: soft clipping, harder on one side than the
     * other. The echo canceller learns a linear way through the room, so what this adds stays behind.
     */
    public static short[] overdriven(short[] played, double drive) {
        short[] out = new short[played.length];
        for (int i = 0; i < out.length; i++) {
            double x = played[i] / 32768.0;
            out[i] = clip(32768 * Math.tanh(drive * (x + UNEVEN * x * x)) / drive);
        }
        return out;
    }

    /** How far under {@code clean} the part of {@code distorted} that no gain of {@code clean} explains is, in dB. */
    public static double distortionDecibelsUnder(short[] clean, short[] distorted) {
        double cross = 0;
        double power = 0;
        for (int i = 0; i < clean.length; i++) {
            cross += (double) clean[i] * distorted[i];
            power += (double) clean[i] * clean[i];
        }
        double gain = cross / power;
        double rest = 0;
        for (int i = 0; i < clean.length; i++) {
            double d = distorted[i] - gain * clean[i];
            rest += d * d;
        }
        return 10 * Math.log10(power * gain * gain / rest);
    }

    /**
     * What the microphone hears of {@code played} in a room that rings: the direct sound, then from 5 ms on a
     * diffuse tail dying away by 60 dB in {@code rt60Seconds}, holding {@code tailOverDirect} of the direct sound's
     * energy (1 is a microphone at the distance where the room's sound is as loud as the loudspeaker's own).
     */
    static short[] reverberant(short[] played, double rt60Seconds, double tailOverDirect, float loudness, long seed) {
        float[] ir = roomResponse(rt60Seconds, tailOverDirect, seed);
        short[] out = new short[played.length];
        int lag = DELAY - OUTPUT_AHEAD;
        for (int n = lag; n < out.length; n++) {
            double s = 0;
            for (int k = 0; k < ir.length && k <= n - lag; k++) {
                int i = n - lag - k;
                if (played[i] != 0) {
                    s += ir[k] * played[i];
                }
            }
            out[n] = clip(loudness * s);
        }
        return out;
    }

    private static float[] roomResponse(double rt60Seconds, double tailOverDirect, long seed) {
        Random random = new Random(seed);
        int tailStart = 80;
        double[] tail = new double[(int) (1.3 * rt60Seconds * SECOND)];
        double energy = 0;
        for (int k = tailStart; k < tail.length; k++) {
            tail[k] = random.nextGaussian() * Math.exp(-3 * Math.log(10) * k / (rt60Seconds * SECOND));
            energy += tail[k] * tail[k];
        }
        float[] ir = new float[tail.length];
        ir[0] = 1f;
        double gain = Math.sqrt(tailOverDirect / energy);
        for (int k = tailStart; k < tail.length; k++) {
            ir[k] = (float) (gain * tail[k]);
        }
        return ir;
    }

    /** {@code mic} with {@code voice} added from {@code at}, scaled by {@code gain}. */
    public static short[] withVoice(short[] mic, short[] voice, int at, double gain) {
        short[] out = mic.clone();
        for (int i = 0; i < voice.length && at + i < out.length; i++) {
            out[at + i] = clip(out[at + i] + voice[i] * gain);
        }
        return out;
    }

    /** The microphone as the recogniser gets it through an {@link EchoCancellingSource}. */
    public static short[] listen(short[] played, short[] mic) {
        return listen(played, mic, 0);
    }

    /**
     * As {@link #listen(short[], short[])}, with the sound output starting only after the microphone has delivered
     * {@code outputStart} samples (a slow sound device); {@code played} is silent before that.
     */
    static short[] listen(short[] played, short[] mic, int outputStart) {
        try (EchoCancellingSource source = cancelling(played, mic, outputStart, 0, 0)) {
            return readAll(source, mic.length);
        }
    }

    /**
     * As {@link #listen(short[], short[])}, with {@code lost} samples of the microphone never read from {@code from}
     * on (its line overflowed while the output played on); what the recogniser gets is that much shorter.
     */
    static short[] listenLosing(short[] played, short[] mic, int from, int lost) {
        try (EchoCancellingSource source = cancelling(played, mic, 0, from, lost)) {
            return readAll(source, mic.length - lost);
        }
    }

    public static short[] readAll(AudioSource source, int length) {
        short[] heard = new short[length];
        byte[] chunk = new byte[640];
        try {
            int at = 0;
            for (int bytes = source.read(chunk); bytes > 0; bytes = source.read(chunk)) {
                for (int i = 0; i < bytes / 2; i++) {
                    heard[at++] = (short) ((chunk[2 * i] & 0xff) | (chunk[2 * i + 1] << 8));
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return heard;
    }

    /** The room's microphone through an {@link EchoCancellingSource}, with the app's output fed as it would be. */
    public static EchoCancellingSource cancelling(short[] played, short[] mic) {
        return cancelling(played, mic, 0, 0, 0);
    }

    private static EchoCancellingSource cancelling(short[] played, short[] mic, int outputStart, int lostFrom,
                                                   int lost) {
        PlayedAudio output = new PlayedAudio(5);
        int[] read = {0};
        int[] chunks = {0};
        AudioSource microphone = new AudioSource() {
            @Override
            public String name() {
                return "simulated microphone";
            }

            @Override
            public int read(byte[] buffer) {
                if (lost > 0 && read[0] >= lostFrom && read[0] < lostFrom + lost) {
                    read[0] = lostFrom + lost;
                }
                if (read[0] >= mic.length) {
                    return -1;
                }
                int n = Math.min(buffer.length / 2, mic.length - read[0]);
                int late = chunks[0]++ == 0 ? 0 : 320 + (chunks[0] % 3) * 320;
                long ahead = Math.min(played.length, read[0] + n + OUTPUT_AHEAD - late) - outputStart;
                for (long s = output.writtenSamples(); s < ahead; s++) {
                    short sample = played[outputStart + (int) s];
                    output.played(new byte[] {(byte) sample, (byte) (sample >> 8)}, 2);
                }
                for (int i = 0; i < n; i++) {
                    buffer[2 * i] = (byte) mic[read[0] + i];
                    buffer[2 * i + 1] = (byte) (mic[read[0] + i] >> 8);
                }
                read[0] += n;
                return 2 * n;
            }

            @Override
            public void close() {
            }
        };
        return new EchoCancellingSource(microphone, output);
    }

    /** Energy of {@code a} over that of {@code b} from {@code from} to {@code to}, in dB. */
    public static double decibelsOver(short[] a, short[] b, int from, int to) {
        double ea = 0;
        double eb = 0;
        for (int i = from; i < to; i++) {
            ea += (double) a[i] * a[i];
            eb += (double) b[i] * b[i];
        }
        return 10 * Math.log10(Math.max(1, ea) / Math.max(1, eb));
    }

    private static short clip(double s) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(s)));
    }
}
