package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.footcoach.session.VirtualClock;
import org.junit.jupiter.api.Test;

/** The microphone's stream placed on the clock from the times its chunks arrive. */
class StreamTimelineTest {
    private static final long CHUNK_MILLIS = 20;

    private final VirtualClock clock = new VirtualClock(50_000);
    private final Random late = new Random(7);

    /**
     * A live line: the chunk that holds audio up to {@code streamMillis} is read when its last sample has been
     * heard, or up to 40 ms later (a busy machine); the audio started at {@code trueStart} on the clock.
     */
    private void readLive(StreamTimeline timeline, long trueStart, long streamMillis) {
        clock.advanceTo(Math.max(clock.millis(), trueStart + streamMillis + late.nextInt(41)));
        timeline.read(streamMillis);
    }

    @Test
    void readsThatComeLateDoNotMoveTheStreamLater() {
        long trueStart = clock.millis();
        StreamTimeline timeline = new StreamTimeline(clock);
        for (long s = CHUNK_MILLIS; s <= 60_000; s += CHUNK_MILLIS) {
            readLive(timeline, trueStart, s);
        }

        assertThat(timeline.clockMillis(59_000) - (trueStart + 59_000)).isBetween(0L, 5L);
    }

    @Test
    void samplesLostWhenTheLineOverflowedAreFollowedWithinTheWindow() {
        long trueStart = clock.millis();
        StreamTimeline timeline = new StreamTimeline(clock);
        long s = CHUNK_MILLIS;
        for (; s <= 60_000; s += CHUNK_MILLIS) {
            readLive(timeline, trueStart, s);
        }
        trueStart += 700; // the reader stalled: 0.7 s of audio never reached the stream
        for (long end = s + StreamTimeline.WINDOW_MILLIS + 1_000; s <= end; s += CHUNK_MILLIS) {
            readLive(timeline, trueStart, s);
        }

        long lastRead = s - CHUNK_MILLIS;
        assertThat(timeline.clockMillis(lastRead) - (trueStart + lastRead)).isBetween(0L, 5L);
    }

    @Test
    void aSoundCardWhoseClockRunsSlowIsFollowed() {
        long trueStart = clock.millis();
        StreamTimeline timeline = new StreamTimeline(clock);
        // 100 ppm slow: each 20 ms of audio takes 20.002 ms of the clock; after 3 hours the stream is 1.08 s behind.
        long hour = 3_600_000;
        long s = CHUNK_MILLIS;
        for (; s <= 3 * hour; s += CHUNK_MILLIS) {
            clock.advanceTo(Math.max(clock.millis(), trueStart + s + s / 10_000 + late.nextInt(41)));
            timeline.read(s);
        }

        long lastRead = s - CHUNK_MILLIS;
        long heardAt = trueStart + lastRead + lastRead / 10_000;
        assertThat(heardAt - (trueStart + lastRead)).as("a start taken once is this far off").isEqualTo(1_080);
        assertThat(timeline.clockMillis(lastRead) - heardAt).isBetween(-5L, 5L);
    }

    @Test
    void beforeTheFirstReadTheStreamStartsWhenTheTimelineIsMade() {
        StreamTimeline timeline = new StreamTimeline(clock);
        clock.advanceTo(clock.millis() + 3_000);

        assertThat(timeline.clockMillis(100)).isEqualTo(50_100);
    }
}
