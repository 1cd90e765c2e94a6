package org.footcoach.speech;

import java.util.Arrays;

/**
 * Cuts the room noise before and after the words of a take from a microphone. {@link ClipShaper} trims by a
 * fraction of the peak, which is right for a voice program's clean silence but keeps a quiet speaker's room hum:
 * here a 20 ms frame counts as voiced when it stands {@value #ABOVE_FLOOR_DB} dB above the room's own level (the
 * quietest tenth of the frames) and within {@value #BELOW_LOUDEST_DB} dB of the loudest.
 */
final class RoomNoiseTrim {
    private static final int FRAME = Pcm.SAMPLES_PER_MILLI * 20;
    private static final double ABOVE_FLOOR_DB = 12;
    private static final double BELOW_LOUDEST_DB = 40;
    /** Kept before the first voiced frame, so a soft first sound ("f", "s") is not clipped. */
    private static final int LEAD_SAMPLES = Pcm.SAMPLES_PER_MILLI * 60;

    private RoomNoiseTrim() {
    }

    static float[] trim(float[] samples) {
        int frames = samples.length / FRAME;
        if (frames < 2) {
            return samples;
        }
        double[] rms = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                sum += (double) samples[i] * samples[i];
            }
            rms[f] = Math.sqrt(sum / FRAME);
        }
        double[] sorted = rms.clone();
        Arrays.sort(sorted);
        double floor = sorted[frames / 10];
        double threshold = Math.max(floor * Loudness.fromDb(ABOVE_FLOOR_DB),
                sorted[frames - 1] * Loudness.fromDb(-BELOW_LOUDEST_DB));
        int first = 0;
        while (first < frames && rms[first] <= threshold) {
            first++;
        }
        if (first == frames) {
            return samples;
        }
        int last = frames - 1;
        while (rms[last] <= threshold) {
            last--;
        }
        return Arrays.copyOfRange(samples, Math.max(0, first * FRAME - LEAD_SAMPLES), (last + 1) * FRAME);
    }
}
