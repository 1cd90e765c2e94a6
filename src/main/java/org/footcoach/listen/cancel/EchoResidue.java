package org.footcoach.listen.cancel;

/**
 * Remembers, for each 20 ms block of the last half minute, how loud the microphone was before and after the echo
 * canceller and how loud the room's noise is, so the recogniser can ask whether a word it heard was what the
 * canceller left of the app's own voice. Those remains can sound like a command the echo guard cannot match to the
 * app's words, while a person's word passes the canceller nearly whole. So a word is the app's own when the canceller
 * took out 10 dB or more wherever anything stood out of the room's noise, but for runs shorter than a person's sound
 * (an overdriven loudspeaker is cancelled less in a block or two of some words). The measurements behind the 10 dB
 * and the 60 ms: bench/RESULTS.md, "What the canceller left of the app's own words". Blocks are counted on the
 * stream's timeline, from the first sample added. Not thread-safe: the reading thread adds and asks.
 */
final class EchoResidue {
    private static final int BLOCK = 320;
    private static final int SAMPLES_PER_MILLI = 16;
    private static final int KEPT = 1_500;
    /** Taken out: what is left is at most this share of the microphone's energy (10 dB). */
    private static final double TAKEN_OUT = 0.1;
    /** Stands out: over this multiple of the room's noise energy (6 dB) ... */
    private static final double OVER_NOISE = 4;
    /** ... and over this energy per sample (RMS 30 of 32768, about -60 dBFS), for a room whose noise is unknown. */
    private static final double FLOOR = 900;
    /** Fewer blocks taken out than this (60 ms) is too little to call a word the app's ... */
    private static final int MIN_TAKEN_OUT = 3;
    /** ... and this many blocks in a row that stand out and were not taken out are someone else's sound. */
    private static final int NOT_TAKEN_OUT_RUN = 3;

    private final double[] micEnergy = new double[KEPT];
    private final double[] leftEnergy = new double[KEPT];
    private final double[] noiseEnergy = new double[KEPT];
    private final boolean[] cancelling = new boolean[KEPT];
    private long blocks;
    private int inBlock;
    private double micSum;
    private double leftSum;

    /**
     * {@code n} samples as the microphone gave them and as they went on; {@code noiseRms}: the room's noise now;
     * {@code cancellingNow}: whether what went on was the cancelled sound.
     */
    void add(short[] mic, short[] left, int n, double noiseRms, boolean cancellingNow) {
        for (int i = 0; i < n; i++) {
            micSum += (double) mic[i] * mic[i];
            leftSum += (double) left[i] * left[i];
            if (++inBlock == BLOCK) {
                int at = (int) (blocks % KEPT);
                micEnergy[at] = micSum / BLOCK;
                leftEnergy[at] = leftSum / BLOCK;
                noiseEnergy[at] = Math.max(FLOOR, noiseRms * noiseRms);
                cancelling[at] = cancellingNow;
                blocks++;
                inBlock = 0;
                micSum = 0;
                leftSum = 0;
            }
        }
    }

    /** Whether the sound between the two stream times (ms) was what the canceller left of the app's own voice. */
    boolean wasEchoLeftOver(long fromMillis, long toMillis) {
        long first = firstBlock(fromMillis);
        long last = lastBlock(toMillis);
        int takenOut = 0;
        int notTakenOut = 0;
        for (long b = first; b <= last; b++) {
            int at = (int) (b % KEPT);
            double loud = OVER_NOISE * noiseEnergy[at];
            boolean cancelled = leftEnergy[at] <= TAKEN_OUT * micEnergy[at];
            notTakenOut = !cancelled && leftEnergy[at] > loud ? notTakenOut + 1 : 0;
            if (notTakenOut >= NOT_TAKEN_OUT_RUN) {
                return false;
            }
            if (cancelled && micEnergy[at] > loud) {
                takenOut++;
            }
        }
        return takenOut >= MIN_TAKEN_OUT;
    }

    /** Whether the cancelled sound went on in every block between the two stream times (ms) still kept. */
    boolean wasCancelling(long fromMillis, long toMillis) {
        long first = firstBlock(fromMillis);
        long last = lastBlock(toMillis);
        for (long b = first; b <= last; b++) {
            if (!cancelling[(int) (b % KEPT)]) {
                return false;
            }
        }
        return first <= last;
    }

    private long firstBlock(long fromMillis) {
        return Math.max(Math.max(0, blocks - KEPT), Math.max(0, fromMillis) * SAMPLES_PER_MILLI / BLOCK);
    }

    private long lastBlock(long toMillis) {
        return Math.min(blocks - 1, (toMillis * SAMPLES_PER_MILLI - 1) / BLOCK);
    }
}
