package org.footcoach.speech;

import java.util.Arrays;

/**
 * Turns a voice's raw output into a clip ready to place on the timeline: 16 kHz, no silence before the first sound
 * (so a cue's time is its onset) or after the last, levelled by {@link Loudness}.
 */
final class ClipShaper {
    /** Sound below this fraction of the clip's peak counts as silence at the edges. */
    private static final float EDGE_THRESHOLD = 0.02f;
    private static final int TAIL_SAMPLES = Pcm.SAMPLES_PER_MILLI * 20;

    private ClipShaper() {
    }

    static Pcm shape(float[] samples, int sampleRate) {
        float[] at16k = Resampler.to16k(samples, sampleRate);
        return Loudness.level(trim(at16k));
    }

    static float[] trim(float[] samples) {
        float peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        if (peak == 0) {
            return new float[0];
        }
        float threshold = peak * EDGE_THRESHOLD;
        int first = 0;
        while (Math.abs(samples[first]) < threshold) {
            first++;
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) < threshold) {
            last--;
        }
        return Arrays.copyOfRange(samples, first, Math.min(samples.length, last + 1 + TAIL_SAMPLES));
    }
}
