package org.footcoach.listen.system;

/**
 * How far the person's word sits from where it was sent, in a recording lined up by its lead-in: the sound server
 * drops stretches of the microphone when it finds its two streams too far apart, and what it drops after the
 * lead-in moves everything after it earlier.
 */
final class WordShift {
    private static final int MOST = 6_400;

    private WordShift() {
    }

    /** Samples from where {@code mic}'s word at {@code at} was sent to where {@code heard} has it, within 0.4 s. */
    static int of(short[] mic, short[] heard, int at, int length) {
        int best = coarse(mic, heard, at, length, -MOST, MOST, 4, 2);
        return coarse(mic, heard, at, length, best - 4, best + 4, 1, 1);
    }

    private static int coarse(short[] mic, short[] heard, int at, int length, int fromLag, int toLag, int lagStep,
            int sampleStep) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = fromLag; lag <= toLag; lag += lagStep) {
            double score = 0;
            for (int i = 0; i < length; i += sampleStep) {
                int j = at + i + lag;
                if (j >= 0 && j < heard.length) {
                    score += (double) mic[at + i] * heard[j];
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }
}
