package org.footcoach.app;

import org.footcoach.session.Clock;
import org.footcoach.session.Scheduler;
import org.footcoach.session.VirtualClock;

/**
 * A {@link VirtualClock} that the EDT (posting commands) and the test thread (moving time) may share: every call
 * takes one lock. Tasks run on the test thread inside {@link #advanceBy}; the screen's listener only posts to the
 * EDT, so nothing waits on the EDT while the lock is held.
 */
final class SharedVirtualClock implements Clock, Scheduler {
    private final VirtualClock clock = new VirtualClock();

    @Override
    public synchronized long millis() {
        return clock.millis();
    }

    @Override
    public synchronized Scheduled at(long atMillis, Runnable task) {
        Scheduled scheduled = clock.at(atMillis, task);
        return () -> {
            synchronized (SharedVirtualClock.this) {
                scheduled.cancel();
            }
        };
    }

    synchronized void advanceBy(long millis) {
        clock.advanceBy(millis);
    }

    SessionTiming.Source source() {
        return () -> new SessionTiming(this, this, () -> { });
    }
}
