package org.footcoach.listen;

/** Virtual time for {@link RealTimePace}: sleeping moves it on at once. */
final class VirtualTime implements RealTimePace.Time {
    private long nanos = 5_000_000_000L;

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public void sleepNanos(long wait) {
        nanos += wait;
    }

    long millis() {
        return nanos / 1_000_000;
    }

    void advanceMillis(long millis) {
        nanos += millis * 1_000_000;
    }
}
