package org.footcoach.app;

import java.util.List;

/** Speech levels for mixing at a stated ratio: RMS over the 20 ms blocks within 30 dB of the loudest. */
final class Loudness {
    private static final int BLOCK = 320;

    private Loudness() {
    }

    /** The level of the speech in {@code parts}, taken together, not of the pauses between words. */
    static double speechRms(List<short[]> parts) {
        double loudest = 0;
        for (short[] part : parts) {
            for (int b = 0; b + BLOCK <= part.length; b += BLOCK) {
                loudest = Math.max(loudest, rms(part, b, b + BLOCK));
            }
        }
        double energy = 0;
        int blocks = 0;
        for (short[] part : parts) {
            for (int b = 0; b + BLOCK <= part.length; b += BLOCK) {
                double level = rms(part, b, b + BLOCK);
                if (level > loudest / 31.6) {
                    energy += level * level;
                    blocks++;
                }
            }
        }
        return Math.sqrt(energy / Math.max(1, blocks));
    }

    static double rms(short[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / Math.max(1, to - from));
    }
}
