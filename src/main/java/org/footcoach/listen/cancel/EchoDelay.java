package org.footcoach.listen.cancel;

import java.util.OptionalInt;

/**
 * Finds how many samples after being played the app's voice reaches the microphone (sound card buffers on both
 * sides plus the way through the room), by cross-correlating the two at a quarter of the sample rate. Fed in step;
 * answers only when the played sound was loud enough and the match is clear. Not thread-safe.
 */
final class EchoDelay {
    private static final int DECIMATION = 4;
    /** Correlation of the two signals, normalised, below which the microphone is not taken to hear the played. */
    private static final double MIN_MATCH = 0.3;

    private final int maxLag;
    private final int window;
    private final float[] micRing;
    private final float[] playedRing;
    /** The rings in time order, oldest first, for one estimate. */
    private final float[] mic;
    private final float[] played;
    private int next;
    private int filled;
    private float micSum;
    private float playedSum;
    private int inBlock;

    /**
     * @param maxLagSamples longest delay looked for
     * @param windowSamples how much audio one estimate compares
     */
    EchoDelay(int maxLagSamples, int windowSamples) {
        this.maxLag = maxLagSamples / DECIMATION;
        this.window = windowSamples / DECIMATION;
        this.micRing = new float[maxLag + window];
        this.playedRing = new float[maxLag + window];
        this.mic = new float[maxLag + window];
        this.played = new float[maxLag + window];
    }

    /** Adds one microphone sample and the played sample lined up with it (before any delay). */
    void add(short micSample, short playedSample) {
        micSum += micSample;
        playedSum += playedSample;
        if (++inBlock < DECIMATION) {
            return;
        }
        micRing[next] = micSum / DECIMATION;
        playedRing[next] = playedSum / DECIMATION;
        next = (next + 1) % micRing.length;
        micSum = 0;
        playedSum = 0;
        inBlock = 0;
        filled = Math.min(filled + 1, mic.length);
    }

    /** The delay in samples when the last window holds a clear echo of what was played. */
    OptionalInt estimate() {
        if (filled < mic.length) {
            return OptionalInt.empty();
        }
        int oldest = next;
        for (int i = 0; i < mic.length; i++) {
            mic[i] = micRing[(oldest + i) % micRing.length];
            played[i] = playedRing[(oldest + i) % playedRing.length];
        }
        int micFrom = maxLag;
        double micPower = power(mic, micFrom);
        double playedPower = power(played, micFrom);
        double best = 0;
        int bestLag = -1;
        for (int lag = 0; lag <= maxLag; lag++) {
            int playedFrom = maxLag - lag;
            if (lag > 0) { // slide the played window one step back in time
                playedPower += (double) played[playedFrom] * played[playedFrom]
                        - (double) played[playedFrom + window] * played[playedFrom + window];
            }
            float dot = 0;
            for (int i = 0; i < window; i++) {
                dot += mic[micFrom + i] * played[playedFrom + i];
            }
            if (playedPower <= 0 || micPower <= 0) {
                continue;
            }
            double match = Math.abs(dot) / Math.sqrt(micPower * playedPower);
            if (match > best) {
                best = match;
                bestLag = lag;
            }
        }
        return best >= MIN_MATCH ? OptionalInt.of(bestLag * DECIMATION) : OptionalInt.empty();
    }

    private double power(float[] signal, int from) {
        double sum = 0;
        for (int i = from; i < from + window; i++) {
            sum += (double) signal[i] * signal[i];
        }
        return sum;
    }
}
