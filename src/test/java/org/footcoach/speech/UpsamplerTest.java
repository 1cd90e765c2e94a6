package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UpsamplerTest {
    private static final int BLOCK = LineAudioOutput.BLOCK_SAMPLES;
    private static final int BLOCKS = 50;
    private static final double AMPLITUDE = 10_000;

    @ParameterizedTest(name = "{0} Hz at {1} Hz")
    @CsvSource({"1000, 48000", "1000, 44100", "3000, 32000", "6000, 48000", "6000, 44100", "250, 22050"})
    void aToneComesOutAtItsPitchAndLevelWithoutSteps(double hz, int rate) {
        double[] out = upsampled(hz, rate);
        int skip = out.length / BLOCKS;
        double delaySeconds = (double) Upsampler.HALF_WIDTH / Pcm.SAMPLE_RATE;
        double worst = 0;
        for (int i = skip; i < out.length; i++) {
            double ideal = AMPLITUDE * Math.sin(2 * Math.PI * hz * ((double) i / rate - delaySeconds));
            worst = Math.max(worst, Math.abs(out[i] - ideal));
        }
        assertThat(worst / AMPLITUDE).as("largest error, as a part of the tone").isLessThan(0.02);
    }

    @ParameterizedTest(name = "{0} Hz at {1} Hz")
    @CsvSource({"1000, 48000, 15000", "1000, 44100, 15000", "6000, 48000, 10000", "6000, 44100, 10000",
            "3000, 48000, 13000"})
    void theMirrorImageAboveEightKilohertzIsInaudible(double hz, int rate, double image) {
        double[] out = upsampled(hz, rate);
        int from = out.length / BLOCKS;
        double tone = level(out, from, hz, rate);
        assertThat(tone / (AMPLITUDE / 2)).isCloseTo(1.0, within(0.02));
        assertThat(20 * Math.log10(level(out, from, image, rate) / tone)).isLessThan(-60);
    }

    @Test
    void steadyLevelStaysExactlyTheSame() {
        Upsampler up = new Upsampler(BLOCK, 882);
        float[] in = new float[BLOCK];
        java.util.Arrays.fill(in, 1234f);
        float[] out = new float[882];
        up.process(in, out);
        up.process(in, out);
        for (float v : out) {
            assertThat((double) v).isCloseTo(1234, within(0.01));
        }
    }

    @Test
    void onlyUpsamples() {
        assertThatThrownBy(() -> new Upsampler(BLOCK, BLOCK - 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] upsampled(double hz, int rate) {
        int outPerBlock = rate / 50;
        Upsampler up = new Upsampler(BLOCK, outPerBlock);
        double[] all = new double[BLOCKS * outPerBlock];
        float[] in = new float[BLOCK];
        float[] out = new float[outPerBlock];
        for (int b = 0; b < BLOCKS; b++) {
            for (int i = 0; i < BLOCK; i++) {
                in[i] = (float) (AMPLITUDE * Math.sin(2 * Math.PI * hz * (b * BLOCK + i) / Pcm.SAMPLE_RATE));
            }
            up.process(in, out);
            for (int j = 0; j < outPerBlock; j++) {
                all[b * outPerBlock + j] = out[j];
            }
        }
        return all;
    }

    /** Amplitude of the {@code hz} component from {@code from} on (a Hann-windowed single-bin transform). */
    private static double level(double[] x, int from, double hz, int rate) {
        int n = x.length - from;
        double re = 0;
        double im = 0;
        double windowSum = 0;
        for (int i = 0; i < n; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            double angle = 2 * Math.PI * hz * i / rate;
            re += w * x[from + i] * Math.cos(angle);
            im += w * x[from + i] * Math.sin(angle);
            windowSum += w;
        }
        return Math.hypot(re, im) / windowSum;
    }
}
