package org.footcoach.app;

import java.util.function.BooleanSupplier;
import org.footcoach.session.Clock;
import org.footcoach.session.Scheduler;
import org.footcoach.session.VirtualClock;
import org.footcoach.ui.testing.GuiRobot;

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

    /**
     * Moves time forward {@code stepMillis} at a time, letting the EDT draw after each step, until {@code test}
     * holds; fails after {@code maxMillis} of virtual time. Not synchronized: the EDT may need the clock meanwhile.
     */
    void advanceUntil(GuiRobot gui, String what, BooleanSupplier test, long stepMillis, long maxMillis) {
        for (long t = 0; t <= maxMillis; t += stepMillis) {
            gui.robot().waitForIdle();
            if (test.getAsBoolean()) {
                return;
            }
            advanceBy(stepMillis);
        }
        throw new AssertionError("Not seen within " + maxMillis / 1000 + " virtual seconds: " + what);
    }

    /** Every session on this clock. */
    SessionTiming.Source source() {
        return new SessionTiming.Source() {
            @Override
            public Clock clock() {
                return SharedVirtualClock.this;
            }

            @Override
            public SessionTiming open() {
                return new SessionTiming(SharedVirtualClock.this, SharedVirtualClock.this, () -> { });
            }
        };
    }
}
