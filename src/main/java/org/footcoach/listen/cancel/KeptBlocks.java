package org.footcoach.listen.cancel;

/**
 * The 20 ms blocks of a 16 kHz stream, counted from its first sample, of which the last half minute is kept in arrays
 * of {@link #KEPT} slots: where each block is stored, and which kept blocks fall between two stream times. Not
 * thread-safe.
 */
final class KeptBlocks {
    /** Samples in a block. */
    static final int SAMPLES = 320;
    /** Blocks kept: 30 s. */
    static final int KEPT = 1_500;
    private static final int SAMPLES_PER_MILLI = 16;

    private long ended;

    /** The slot of the block that ends now; the next call gives the next block's. */
    int end() {
        return slot(ended++);
    }

    static int slot(long block) {
        return (int) (block % KEPT);
    }

    /** The first block still kept that holds sound from this stream time (ms) on. */
    long first(long fromMillis) {
        return Math.max(Math.max(0, ended - KEPT), Math.max(0, fromMillis) * SAMPLES_PER_MILLI / SAMPLES);
    }

    /** The last block ended that holds sound from before this stream time (ms). */
    long last(long toMillis) {
        return Math.min(ended - 1, (toMillis * SAMPLES_PER_MILLI - 1) / SAMPLES);
    }
}
