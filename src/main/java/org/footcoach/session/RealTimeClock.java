package org.footcoach.session;

/**
 * Real time in milliseconds since this clock was made, read from {@code System.nanoTime}, so it never jumps when the
 * wall clock is set.
 */
public final class RealTimeClock implements Clock {
    private final long originNanos = System.nanoTime();

    @Override
    public long millis() {
        return (System.nanoTime() - originNanos) / 1_000_000L;
    }
}
