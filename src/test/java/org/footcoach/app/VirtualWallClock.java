package org.footcoach.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A wall clock for the history that follows a virtual clock: 8:00 on Monday 7 December 2026, plus its time. */
final class VirtualWallClock extends Clock {
    private static final Instant MORNING = Instant.parse("2026-12-07T08:00:00Z");
    private final org.footcoach.session.Clock time;

    VirtualWallClock(org.footcoach.session.Clock time) {
        this.time = time;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone is enough for a test");
    }

    @Override
    public Instant instant() {
        return MORNING.plusMillis(time.millis());
    }
}
