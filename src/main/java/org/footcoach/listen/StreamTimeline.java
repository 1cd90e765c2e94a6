package org.footcoach.listen;

import org.footcoach.session.Clock;

/**
 * Where the microphone's stream lies on the clock, for the echo guard. A start time taken once goes wrong over a long
 * run: samples lost when the line overflows, and a sound card whose clock runs apart from the system's (50 ppm is
 * 0.6 s in 3 hours), move the stream against the clock for good. So the place is measured on every read: a chunk
 * arrives at or after the moment its last sample was heard, so the clock now minus the stream's length is never
 * before the stream's true start, and the least of those over the last {@value #WINDOW_MILLIS} ms of audio is the
 * best estimate. Not thread-safe: one reader.
 */
final class StreamTimeline {
    /** Long enough to hold reads that came at once (a read never waits for ever), short enough to follow a change. */
    static final long WINDOW_MILLIS = 10_000;

    private final Clock clock;
    private final RecentLowest starts = new RecentLowest(WINDOW_MILLIS);
    private final long firstGuess;

    /** Before the first read, the stream is taken to start now. */
    StreamTimeline(Clock clock) {
        this.clock = clock;
        this.firstGuess = clock.millis();
    }

    /** Call right after each read: the stream now holds {@code streamMillis} of audio. */
    void read(long streamMillis) {
        starts.add(streamMillis, clock.millis() - streamMillis);
    }

    /** The clock's time when the stream was at {@code streamMillis}. */
    long clockMillis(long streamMillis) {
        return (starts.isEmpty() ? firstGuess : starts.lowest()) + streamMillis;
    }
}
