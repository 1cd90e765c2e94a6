package org.footcoach.listen;

/**
 * Lets 16 kHz mono 16-bit audio out no faster than it would be heard, counted from the first bytes let out: a live
 * input's pace for audio that does not come from a sound card (a recording, or silence while a microphone is away).
 */
final class RealTimePace {
    private static final long BYTES_PER_SECOND = 32_000;

    /** Real time, or a virtual one in tests. */
    interface Time {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        Time REAL = new Time() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }

    private final Time time;
    private long startNanos = -1;
    private long bytes;

    RealTimePace(Time time) {
        this.time = time;
    }

    /** Counts {@code length} more bytes and waits until all counted so far would have been heard. */
    void letOut(int length) throws InterruptedException {
        if (startNanos < 0) {
            startNanos = time.nanoTime();
        }
        bytes += length;
        long waitNanos = startNanos + bytes * 1_000_000_000L / BYTES_PER_SECOND - time.nanoTime();
        if (waitNanos > 0) {
            time.sleepNanos(waitNanos);
        }
    }

    /** How much audio has been let out, in milliseconds. */
    long millisLetOut() {
        return bytes * 1000 / BYTES_PER_SECOND;
    }
}
