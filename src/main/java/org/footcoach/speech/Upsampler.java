package org.footcoach.speech;

/**
 * Turns the output's 20 ms blocks at {@value Pcm#SAMPLE_RATE} Hz into blocks at a sound device's faster rate, for a
 * device that will not play {@value Pcm#SAMPLE_RATE} Hz itself. Each output sample is a Kaiser-windowed sinc of the
 * input around it, low-passed below the input's 8 kHz limit so the step between input samples is not heard as a
 * whine. Output lags input by {@value #HALF_WIDTH} input samples (1 ms): the kernel needs the samples after it.
 */
final class Upsampler {
    /** Input samples on each side of an output sample: 16 gives over 70 dB against images at 9 kHz and above. */
    static final int HALF_WIDTH = 16;
    private static final double CUTOFF_HZ = 7_300;
    private static final double KAISER_BETA = 7.0;

    private final int inPerBlock;
    private final float[][] taps;
    private final int[] firstTap;
    /** The last {@code 2 * HALF_WIDTH} input samples of the block before, then the current block. */
    private final float[] window;

    /** For blocks of {@code inPerBlock} samples at the output's rate, made into {@code outPerBlock} samples each. */
    Upsampler(int inPerBlock, int outPerBlock) {
        if (outPerBlock < inPerBlock) {
            throw new IllegalArgumentException("Only upsampling: " + inPerBlock + " to " + outPerBlock);
        }
        this.inPerBlock = inPerBlock;
        this.window = new float[2 * HALF_WIDTH + inPerBlock];
        this.taps = new float[outPerBlock][2 * HALF_WIDTH];
        this.firstTap = new int[outPerBlock];
        double cutoff = CUTOFF_HZ / Pcm.SAMPLE_RATE;
        for (int j = 0; j < outPerBlock; j++) {
            double at = (double) j * inPerBlock / outPerBlock - HALF_WIDTH;
            int below = (int) Math.floor(at);
            firstTap[j] = below - HALF_WIDTH + 1 + 2 * HALF_WIDTH;
            double sum = 0;
            for (int k = 0; k < 2 * HALF_WIDTH; k++) {
                double t = at - (below - HALF_WIDTH + 1 + k);
                double value = 2 * cutoff * sinc(2 * cutoff * t) * kaiser(t / HALF_WIDTH);
                taps[j][k] = (float) value;
                sum += value;
            }
            for (int k = 0; k < 2 * HALF_WIDTH; k++) {
                taps[j][k] /= (float) sum;
            }
        }
    }

    /** Upsamples the next block ({@code in.length} must be the block size) into {@code out}. */
    void process(float[] in, float[] out) {
        System.arraycopy(window, inPerBlock, window, 0, 2 * HALF_WIDTH);
        System.arraycopy(in, 0, window, 2 * HALF_WIDTH, inPerBlock);
        for (int j = 0; j < out.length; j++) {
            float[] t = taps[j];
            int first = firstTap[j];
            float sum = 0;
            for (int k = 0; k < t.length; k++) {
                sum += t[k] * window[first + k];
            }
            out[j] = sum;
        }
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        double inside = 1 - x * x;
        return inside <= 0 ? 0 : besselI0(KAISER_BETA * Math.sqrt(inside)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 40; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
