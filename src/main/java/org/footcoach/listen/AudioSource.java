package org.footcoach.listen;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/** Where voice audio comes from: 16 kHz, 16-bit signed little-endian mono PCM. */
public interface AudioSource extends AutoCloseable {

    AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);

    /** What to call this source in a status line, e.g. the microphone's name or the file name. */
    String name();

    /** Reads up to {@code buffer.length} bytes (an even number), blocking as a live source would; -1 at the end. */
    int read(byte[] buffer) throws IOException;

    /**
     * Whether this source comes to an end by itself, as a recording does. A microphone does not: when it ends, it
     * stopped working (unplugged, or taken by another program).
     */
    default boolean endsByItself() {
        return false;
    }

    /**
     * Whether a live input has given nothing but exact silence for seconds: muted, or the system does not let the
     * app use it. Sound coming again makes it false.
     */
    default boolean hearsNothing() {
        return false;
    }

    /**
     * Whether a live input has given nothing but loud, changing noise for seconds, as a broken device does. Sound
     * like a room's coming again makes it false.
     */
    default boolean hearsOnlyNoise() {
        return false;
    }

    /**
     * Whether the sound between two stream times (ms from the first sample read) was what echo cancelling left of
     * the app's own voice; false where this source does not cancel.
     */
    default boolean wasEchoLeftOver(long fromMillis, long toMillis) {
        return false;
    }

    /**
     * Whether the sound between two stream times was largely the app's own, left in what the recogniser heard: echo
     * cancelling could not take it out (a noisy room, people talking nearby); false where this source does not cancel.
     */
    default boolean wasEchoLeftIn(long fromMillis, long toMillis) {
        return false;
    }

    /**
     * Whether this source measures where the app's own sound is in what it hears ({@link #wasEchoLeftIn},
     * {@link #wasCancelling}); where it does not, any sound while the app played may be the app's.
     */
    default boolean measuresEcho() {
        return false;
    }

    /**
     * Whether echo cancelling was taking the app's own sound out of everything heard between two stream times, so
     * sound there is not the app's; false where this source does not cancel.
     */
    default boolean wasCancelling(long fromMillis, long toMillis) {
        return false;
    }

    @Override
    void close();
}
