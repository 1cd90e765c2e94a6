package org.footcoach.app;

import java.io.IOException;
import org.footcoach.listen.AudioSource;

/**
 * A fast audio source that moves a virtual clock by the length of each chunk it delivers, so a session on that clock
 * runs in step with the audio as it would with a live microphone, only faster than real time.
 */
final class ClockedSource implements AudioSource {
    private static final int BYTES_PER_MILLI = 32;
    private final AudioSource audio;
    private final SharedVirtualClock clock;
    private long remainderBytes;

    ClockedSource(AudioSource audio, SharedVirtualClock clock) {
        this.audio = audio;
        this.clock = clock;
    }

    @Override
    public String name() {
        return audio.name();
    }

    @Override
    public boolean endsByItself() {
        return audio.endsByItself();
    }

    @Override
    public boolean wasEchoLeftOver(long fromMillis, long toMillis) {
        return audio.wasEchoLeftOver(fromMillis, toMillis);
    }

    @Override
    public boolean wasCancelling(long fromMillis, long toMillis) {
        return audio.wasCancelling(fromMillis, toMillis);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n = audio.read(buffer);
        if (n > 0) {
            remainderBytes += n;
            clock.advanceBy(remainderBytes / BYTES_PER_MILLI);
            remainderBytes %= BYTES_PER_MILLI;
        }
        return n;
    }

    @Override
    public void close() {
        audio.close();
    }
}
