package org.footcoach.listen.recognise;

/**
 * The last few seconds of input, so an utterance can be heard again by a second recogniser. A ring of bytes; not
 * thread-safe: one feeder.
 */
final class RecentAudio {
    private final byte[] ring;
    private long written;

    RecentAudio(long millis) {
        ring = new byte[(int) (millis * 32)];
    }

    void append(byte[] pcm, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) ((written + i) % ring.length)] = pcm[i];
        }
        written += length;
    }

    /** The last {@code bytes} bytes (fewer when less was written), oldest first; even-sized, whole samples. */
    byte[] last(long bytes) {
        int n = (int) Math.min(Math.min(bytes, written), ring.length) & ~1;
        byte[] out = new byte[n];
        long from = written - n;
        for (int i = 0; i < n; i++) {
            out[i] = ring[(int) ((from + i) % ring.length)];
        }
        return out;
    }
}
