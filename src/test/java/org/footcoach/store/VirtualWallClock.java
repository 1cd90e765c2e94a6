package org.footcoach.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.footcoach.session.VirtualClock;

/** The wall clock of a test: a fixed moment plus the virtual time gone by. */
final class VirtualWallClock extends Clock {
    private final Instant start;
    private final VirtualClock time;

    VirtualWallClock(Instant start, VirtualClock time) {
        this.start = start;
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
        return start.plusMillis(time.millis());
    }
}
