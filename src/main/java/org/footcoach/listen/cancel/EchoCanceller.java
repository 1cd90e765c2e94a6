package org.footcoach.listen.cancel;

import java.util.Arrays;

/**
 * Takes the app's own voice out of the microphone signal, so a person's "stop" said over the app is not buried under
 * it. An adaptive filter (normalised least mean squares) learns how the loudspeaker's sound reaches the microphone
 * (delay, loudness, room echoes) from the samples that were played, and the echo it predicts is subtracted.
 *
 * <p>While the person talks over the app the filter must not learn, or it learns to cancel the person. Talk is
 * taken to be there when the microphone is clearly louder than the echo the filter predicts (a Geigel detector on
 * the predicted echo rather than on the played sound, so it works for any loudspeaker volume); learning then pauses
 * for a moment after. The played samples must already be lined up with the microphone to within the filter's length
 * ({@link EchoDelay} finds the bulk delay). Its output is used only while it clearly takes the echo out
 * ({@link CancellationGate}). Not thread-safe.
 */
final class EchoCanceller {
    private static final float STEP = 0.3f;
    /** Keeps the step finite where nothing was played. */
    private static final float REGULARISATION = 1e-4f;
    /** Talk: the microphone is over this multiple of the predicted echo's recent peak. */
    private static final float TALK_OVER_ECHO = 2f;
    /** ... and over this level (about -60 dBFS) ... */
    private static final float TALK_FLOOR = 0.001f;
    /** ... and over this multiple of the room's own noise (its mean level), which alone rarely reaches it. */
    private static final float TALK_OVER_NOISE = 6f;
    private static final int NOISE_BLOCK = 320;
    /** The room's noise power over the filter, times this, is added to the step's normaliser: noise teaches little. */
    private static final float NOISE_WEIGHT = 2f;
    /** How far the noise level follows a louder quiet block: it falls at once but rises slowly (a person talking). */
    private static final float NOISE_RISE = 0.05f;
    /** The predicted echo's peak falls to half in about 10 ms. */
    private static final float PEAK_DECAY = 0.9957f;
    private static final int HANGOVER_SAMPLES = 1_600; // 100 ms: keeps learning paused across a word's gaps
    /** Before the filter has learnt for this long, a multiple of the played sound's own peak stands for the echo's. */
    private static final int LEARNING_SAMPLES = 8_000;
    private static final float UNLEARNT_ECHO_OVER_PLAYED = 4f;
    /**
     * "Talk" over this much played sound, with no echo alone between, is the echo path changing (the volume, the
     * loudspeaker or the microphone moved), not a person: the filter learns again from the start.
     */
    private static final int CHANGED_PATH_SAMPLES = 24_000;

    /** The room's noise level is kept as a mean of magnitudes; for Gaussian noise its RMS is this much more. */
    private static final double NOISE_RMS_OVER_MEAN = 1.25;
    private final CancellationGate gate = new CancellationGate();
    private final int taps;
    private final float[] weights;
    /** Played samples, newest first at {@link #head}, twice over so a window never wraps. */
    private final float[] history;
    private int head;
    /**
     * The played samples' squares (16-bit) summed over the filter, kept exactly: a float sum updated sample by sample
     * drifts, and the app's silences then look like sound being played (bench/RESULTS.md, "The played power kept
     * exactly").
     */
    private long playedSquares;
    private float power;
    private float echoPeak;
    private int hangover;
    private int learnt;
    private int talkWhilePlaying;
    private float noise;
    private float quietSum;
    private int quietSamples;

    EchoCanceller(int taps) {
        this.taps = taps;
        this.weights = new float[taps];
        this.history = new float[2 * taps];
        this.head = taps;
    }

    /**
     * Cancels {@code length} samples: {@code out[i] = mic[i] - estimated echo of played[i] and before}, while that
     * has been taking the echo out ({@link CancellationGate}); otherwise {@code out} is {@code mic}.
     */
    void process(short[] mic, short[] played, int length, short[] out) {
        process(mic, played, length, new short[length], out);
    }

    /**
     * As {@link #process(short[], short[], int, short[])}, and {@code filtered} gets the microphone less the predicted
     * echo whether or not the gate lets that through: what the filter would leave of the sound.
     */
    void process(short[] mic, short[] played, int length, short[] filtered, short[] out) {
        boolean before = gate.engaged();
        double micEnergy = 0;
        double leftEnergy = 0;
        double playedEnergy = 0;
        boolean echoOnly = true;
        for (int i = 0; i < length; i++) {
            out[i] = toShort(cancel(mic[i] / 32768f, played[i] / 32768f) * 32768f);
            filtered[i] = out[i];
            micEnergy += (double) mic[i] * mic[i];
            leftEnergy += (double) out[i] * out[i];
            playedEnergy += (double) played[i] * played[i];
            echoOnly &= hangover == 0 && power > REGULARISATION;
        }
        if (echoOnly) {
            // The room's own noise is in both and no canceller takes it out: what is compared is the echo.
            double noiseEnergy = length * Math.pow(noiseRms(), 2);
            gate.echoOnly(playedEnergy, Math.max(0, micEnergy - noiseEnergy), Math.max(0, leftEnergy - noiseEnergy));
        }
        boolean after = gate.engaged();
        if (!before || !after) {
            // Across a block where the choice changes, one fades into the other, so no click is heard.
            float from = before ? 1f : 0f;
            float to = after ? 1f : 0f;
            for (int i = 0; i < length; i++) {
                float share = from + (to - from) * i / length;
                out[i] = toShort(mic[i] + share * (out[i] - mic[i]));
            }
        }
    }

    private float cancel(float mic, float played) {
        push(played);
        float estimate = 0;
        float playedPeak = 0;
        for (int k = 0; k < taps; k++) {
            float x = history[head + k];
            estimate += weights[k] * x;
            playedPeak = Math.max(playedPeak, Math.abs(x));
        }
        float left = mic - estimate;
        echoPeak = Math.max(Math.abs(estimate), echoPeak * PEAK_DECAY);
        float echoBound = learnt < LEARNING_SAMPLES
                ? UNLEARNT_ECHO_OVER_PLAYED * playedPeak : TALK_OVER_ECHO * echoPeak;
        followNoise(mic);
        if (Math.abs(mic) > Math.max(TALK_FLOOR, echoBound + TALK_OVER_NOISE * noise)) {
            hangover = HANGOVER_SAMPLES;
        }
        if (power > REGULARISATION) { // the count goes on across the silences between the app's words
            talkWhilePlaying = hangover > 0 ? talkWhilePlaying + 1 : 0;
        }
        if (talkWhilePlaying > CHANGED_PATH_SAMPLES) {
            learnt = 0;
            hangover = 0;
            talkWhilePlaying = 0;
        }
        if (hangover > 0) {
            hangover--;
        } else if (power > REGULARISATION) {
            // Steps shrink where the played sound is no louder than the room's noise: there the error is mostly noise.
            float step = STEP * left / (power + REGULARISATION + taps * NOISE_WEIGHT * noise * noise);
            for (int k = 0; k < taps; k++) {
                weights[k] += step * history[head + k];
            }
            learnt = Math.min(learnt + 1, LEARNING_SAMPLES); // a kiosk runs for weeks: never past int's end
        }
        return left;
    }

    /** Whether the output is the cancelled sound now ({@link CancellationGate}), not the microphone as it is. */
    boolean cancelling() {
        return gate.engaged();
    }

    /** The room's noise as RMS of 16-bit samples, from what the microphone hears while nothing is played. */
    double noiseRms() {
        return NOISE_RMS_OVER_MEAN * noise * 32768;
    }

    /**
     * The played samples now come lined up anew (the delay moved): the learnt echo path is kept, since it is counted
     * from the delay, but the played history before the move no longer fits and starts again.
     */
    void realign() {
        Arrays.fill(history, 0);
        playedSquares = 0;
        power = 0;
    }

    /** The room's noise level, from blocks in which nothing was played. */
    private void followNoise(float mic) {
        if (power > REGULARISATION) {
            quietSum = 0;
            quietSamples = 0;
            return;
        }
        quietSum += Math.abs(mic);
        if (++quietSamples == NOISE_BLOCK) {
            float level = quietSum / NOISE_BLOCK;
            noise = level < noise ? level : noise + NOISE_RISE * (level - noise);
            quietSum = 0;
            quietSamples = 0;
        }
    }

    private void push(float played) {
        long newest = Math.round(played * 32768f);
        long oldest = Math.round(history[head + taps - 1] * 32768f);
        playedSquares += newest * newest - oldest * oldest;
        power = playedSquares / (32768f * 32768f);
        head--;
        if (head < 0) {
            System.arraycopy(history, 0, history, taps, taps);
            head = taps - 1;
        }
        history[head] = played;
    }

    private static short toShort(float x) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(x)));
    }
}
