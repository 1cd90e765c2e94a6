package org.footcoach.listen.cancel;

/**
 * Remembers, for each 20 ms block of the last half minute, how loud the microphone was before and after the echo
 * canceller and how loud the room's noise is, so the recogniser can ask whether a word it heard was what the
 * canceller left of the app's own voice. Those remains can sound like a command the echo guard cannot match to the
 * app's words, while a person's word passes the canceller nearly whole. So a word is the app's own when the canceller
 * took out 10 dB or more wherever anything stood out of the room's noise, but for runs shorter than a person's sound
 * (an overdriven loudspeaker is cancelled less in a block or two of some words). The measurements behind the 10 dB
 * and the 60 ms: bench/RESULTS.md, "What the canceller left of the app's own words".
 *
 * <p>Where the gate kept the canceller's output out (a room too noisy for it to take 15 dB out), the app's words reach
 * the recogniser as they are, and can sound like a command. There the filter's output, though not used, still shows
 * how much of a word the app's sound was ({@link #wasEchoLeftIn}; bench/RESULTS.md, "Live sessions"). Blocks
 * are counted on the stream's timeline, from the first sample added. Not thread-safe: the reading thread adds and
 * asks.
 */
final class EchoResidue {
    /** Taken out: what is left is at most this share of the microphone's energy (10 dB). */
    private static final double TAKEN_OUT = 0.1;
    /** Stands out: over this multiple of the room's noise energy (6 dB) ... */
    private static final double OVER_NOISE = 4;
    /** ... and over this energy per sample (RMS 30 of 32768, about -60 dBFS), for a room whose noise is unknown. */
    private static final double FLOOR = 900;
    /**
     * Where the microphone went on as it was: the filter would have left at most this share of the energy (2 dB out).
     * A person's word 6 dB over the app loses about 1 dB to it; the app's own words heard as commands in household
     * noise lost 2.8 to 13.8 dB (bench/RESULTS.md, "Live sessions").
     */
    private static final double ECHO_LEFT_IN = 0.63;
    /** Fewer blocks taken out than this (60 ms) is too little to call a word the app's ... */
    private static final int MIN_TAKEN_OUT = 3;
    /** ... and this many blocks in a row that stand out and were not taken out are someone else's sound. */
    private static final int NOT_TAKEN_OUT_RUN = 3;

    private final KeptBlocks blocks = new KeptBlocks();
    private final double[] micEnergy = new double[KeptBlocks.KEPT];
    private final double[] leftEnergy = new double[KeptBlocks.KEPT];
    private final double[] filteredEnergy = new double[KeptBlocks.KEPT];
    private final double[] noiseEnergy = new double[KeptBlocks.KEPT];
    private final boolean[] cancelling = new boolean[KeptBlocks.KEPT];
    private int inBlock;
    private double micSum;
    private double leftSum;
    private double filteredSum;

    /**
     * {@code n} samples as the microphone gave them, as they went on, and as the canceller's filter left them whether
     * that went on or not; {@code noiseRms}: the room's noise now; {@code cancellingNow}: whether what went on was the
     * cancelled sound.
     */
    void add(short[] mic, short[] left, short[] filtered, int n, double noiseRms, boolean cancellingNow) {
        for (int i = 0; i < n; i++) {
            micSum += (double) mic[i] * mic[i];
            leftSum += (double) left[i] * left[i];
            filteredSum += (double) filtered[i] * filtered[i];
            if (++inBlock == KeptBlocks.SAMPLES) {
                int at = blocks.end();
                micEnergy[at] = micSum / KeptBlocks.SAMPLES;
                leftEnergy[at] = leftSum / KeptBlocks.SAMPLES;
                filteredEnergy[at] = filteredSum / KeptBlocks.SAMPLES;
                noiseEnergy[at] = Math.max(FLOOR, noiseRms * noiseRms);
                cancelling[at] = cancellingNow;
                inBlock = 0;
                micSum = 0;
                leftSum = 0;
                filteredSum = 0;
            }
        }
    }

    /** Whether the sound between the two stream times (ms) was what the canceller left of the app's own voice. */
    boolean wasEchoLeftOver(long fromMillis, long toMillis) {
        long first = blocks.first(fromMillis);
        long last = blocks.last(toMillis);
        int takenOut = 0;
        int notTakenOut = 0;
        for (long b = first; b <= last; b++) {
            int at = KeptBlocks.slot(b);
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

    /**
     * Whether the sound between the two stream times (ms) was largely the app's own, where the microphone went on as
     * it was: over the 3 or more blocks that were not cancelled and stand out of the room's noise, the filter would
     * have taken out 2 dB or more ({@value #ECHO_LEFT_IN} of the energy left). A person's word over the app passes the
     * filter nearly whole; the app's own word in a noisy room, where the gate keeps the filter's output out, does not.
     */
    boolean wasEchoLeftIn(long fromMillis, long toMillis) {
        double heard = 0;
        double filteredOut = 0;
        int judged = 0;
        for (long b = blocks.first(fromMillis); b <= blocks.last(toMillis); b++) {
            int at = KeptBlocks.slot(b);
            if (!cancelling[at] && micEnergy[at] > OVER_NOISE * noiseEnergy[at]) {
                heard += micEnergy[at];
                filteredOut += filteredEnergy[at];
                judged++;
            }
        }
        return judged >= MIN_TAKEN_OUT && filteredOut <= ECHO_LEFT_IN * heard;
    }

    /** Whether the cancelled sound went on in every block between the two stream times (ms) still kept. */
    boolean wasCancelling(long fromMillis, long toMillis) {
        long first = blocks.first(fromMillis);
        long last = blocks.last(toMillis);
        for (long b = first; b <= last; b++) {
            if (!cancelling[KeptBlocks.slot(b)]) {
                return false;
            }
        }
        return first <= last;
    }
}
