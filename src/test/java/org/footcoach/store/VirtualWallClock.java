package org.footcoach.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The wall clock of a test: a fixed moment plus the virtual time gone by. */
public final class VirtualWallClock extends Clock {
    private final Instant start;
    private final org.footcoach.session.Clock time;

    public VirtualWallClock(Instant start, org.footcoach.session.Clock time) {
        this.start = start;
        this.time = time;
    }

    /** From 8:00 on Monday 7 December 2026. */
    public static VirtualWallClock mondayMorning(org.footcoach.session.Clock time) {
        return new VirtualWallClock(Instant.parse("2026-12-07T08:00:00Z"), time);
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
        return start.plusMillis(time.millis());
    }
}
