package org.footcoach.speech;

/** Converts a mono signal at any rate to {@link Pcm#SAMPLE_RATE} with a windowed-sinc filter (no aliasing). */
final class Resampler {
    private static final int HALF_TAPS = 16;

    private Resampler() {
    }

    static float[] to16k(float[] in, int fromRate) {
        if (fromRate == Pcm.SAMPLE_RATE) {
            return in;
        }
        double step = (double) fromRate / Pcm.SAMPLE_RATE;
        double cutoff = Math.min(1.0, 1.0 / step);
        int outLength = (int) Math.floor(in.length / step);
        float[] out = new float[outLength];
        int reach = (int) Math.ceil(HALF_TAPS / cutoff);
        for (int n = 0; n < outLength; n++) {
            double center = n * step;
            int first = (int) Math.floor(center) - reach + 1;
            double sum = 0;
            for (int i = first; i < first + 2 * reach; i++) {
                if (i < 0 || i >= in.length) {
                    continue;
                }
                double x = (i - center) * cutoff;
                double window = 0.5 + 0.5 * Math.cos(Math.PI * (i - center) / (reach + 1));
                sum += in[i] * cutoff * sinc(x) * window;
            }
            out[n] = (float) sum;
        }
        return out;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }
}
