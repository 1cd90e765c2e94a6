package org.footcoach.listen;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * A fast audio source that moves a virtual clock on by the length of each chunk it delivers, so the clock runs on with
 * the audio as it would with a live microphone, only faster than real time. It can also lose audio, as a line that
 * overflowed does: the clock moves on by that much more, and the stream does not.
 */
public final class ClockedSource implements AudioSource {
    private static final int BYTES_PER_MILLI = 32;
    private final AudioSource audio;
    private final LongConsumer advanceBy;
    private long remainderBytes;
    private long streamBytes;
    private long loseAtBytes = Long.MAX_VALUE;
    private long lostMillis;

    /** @param advanceBy moves the clock on by so many milliseconds */
    public ClockedSource(AudioSource audio, LongConsumer advanceBy) {
        this.audio = audio;
        this.advanceBy = advanceBy;
    }

    /** Once the stream holds {@code streamMillis} of audio, {@code millis} of the audio after it are never read. */
    public ClockedSource losing(long millis, long streamMillis) {
        loseAtBytes = streamMillis * BYTES_PER_MILLI;
        lostMillis = millis;
        return this;
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
    public boolean hearsNothing() {
        return audio.hearsNothing();
    }

    @Override
    public boolean hearsOnlyNoise() {
        return audio.hearsOnlyNoise();
    }

    @Override
    public boolean wasEchoLeftOver(long fromMillis, long toMillis) {
        return audio.wasEchoLeftOver(fromMillis, toMillis);
    }

    @Override
    public boolean wasEchoLeftIn(long fromMillis, long toMillis) {
        return audio.wasEchoLeftIn(fromMillis, toMillis);
    }

    @Override
    public boolean measuresEcho() {
        return audio.measuresEcho();
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
            streamBytes += n;
            advanceBy.accept(remainderBytes / BYTES_PER_MILLI);
            remainderBytes %= BYTES_PER_MILLI;
            if (streamBytes >= loseAtBytes) {
                loseAtBytes = Long.MAX_VALUE;
                advanceBy.accept(lostMillis);
            }
        }
        return n;
    }

    @Override
    public void close() {
        audio.close();
    }
}
