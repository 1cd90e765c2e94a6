package org.footcoach.app;

import org.footcoach.session.Clock;

/**
 * Real time that reads the same as a session's own clock from the moment it is told that clock's time. The live
 * speaker needs the session clock to tie cue times to sound samples, but the session's clock belongs to whoever
 * starts the session; the session tells its start time to every listener, and both clocks run on
 * {@code System.nanoTime}, so they stay together.
 */
final class FollowingClock implements Clock {
    private volatile long originNanos = System.nanoTime();

    /** From now on {@link #millis()} reads {@code sessionMillis} plus the time since. */
    void alignTo(long sessionMillis) {
        originNanos = System.nanoTime() - sessionMillis * 1_000_000L;
    }

    @Override
    public long millis() {
        return (System.nanoTime() - originNanos) / 1_000_000L;
    }
}
