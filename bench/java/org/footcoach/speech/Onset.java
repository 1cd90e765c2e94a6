package org.footcoach.speech;

/**
 * Where a sound starts: the first sample at or above {@value #THRESHOLD} of full scale (about -34 dBFS), the same
 * level in the capture, in the export and in the earcons, so a phrase's own lead-in cancels out.
 */
final class Onset {
    static final int THRESHOLD = 655;

    private Onset() {
    }

    /** The first index in {@code from..to} (clipped to the samples) at or above the threshold, or -1. */
    static int first(short[] samples, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(samples.length, to); i++) {
            if (Math.abs(samples[i]) >= THRESHOLD) {
                return i;
            }
        }
        return -1;
    }

    /** The last index in {@code from..to} at or above the threshold, or -1. */
    static int last(short[] samples, int from, int to) {
        for (int i = Math.min(samples.length, to) - 1; i >= Math.max(0, from); i--) {
            if (Math.abs(samples[i]) >= THRESHOLD) {
                return i;
            }
        }
        return -1;
    }
}
