package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A writer held up so long that the line runs dry (a busy machine): the device plays silence of its own meanwhile, and
 * what comes after must still sound at its sample on the device's clock, not late by the gap. On a virtual clock.
 */
class LineAudioOutputDryLineTest {
    private static final int BUFFER_BLOCKS = 4;
    private static final long BLOCK_MILLIS = 20;
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Test
    void aClipAfterTheLineRanDryForAWhileSoundsAtItsSample() throws Exception {
        short[] track = playWithStall(120);
        assertThat(onset(track)).isEqualTo(clipAt() + TrackChecks.onset(clip(), 0));
    }

    @Test
    void aLineKeptFedLosesNoSample() throws Exception {
        short[] track = playWithStall(0);
        assertThat(onset(track)).isEqualTo(clipAt() + TrackChecks.onset(clip(), 0));
    }

    /**
     * The writer fills the line, then writes a block each time one has played; once it is held up
     * {@code stallMillis} longer than the line holds, then fills the line again at once, as a writer does.
     */
    private short[] playWithStall(long stallMillis) throws Exception {
        DrainingLine device = new DrainingLine(BUFFER_BLOCKS);
        AudioOutput output = LineAudioOutput.open(device::line, reports::add, PlaybackTap.NONE,
                LineAudioOutput.Patience.STANDARD, device.nanos::get);
        output.play(clip(), clipAt());
        for (int block = 0; block < BUFFER_BLOCKS; block++) {
            device.write(0);
        }
        for (int block = 0; block < 6; block++) {
            device.write(BLOCK_MILLIS);
        }
        device.write(BLOCK_MILLIS * BUFFER_BLOCKS + stallMillis);
        for (int block = 1; block < BUFFER_BLOCKS; block++) {
            device.write(0);
        }
        for (int block = 0; block < 60; block++) {
            device.write(BLOCK_MILLIS);
        }
        output.close();
        assertThat(reports).isEmpty();
        return device.track();
    }

    private static Pcm clip() {
        return new CountingVoice().render("ab");
    }

    /** Well after the stall: timeline sample of 30 blocks and a bit. */
    private static long clipAt() {
        return 30L * LineAudioOutput.BLOCK_SAMPLES + 77;
    }

    private static int onset(short[] track) {
        int first = 0;
        while (track[first] == 0) {
            first++;
        }
        return first;
    }
}
