package org.footcoach.listen.cancel;

/**
 * What the app has sent to its loudspeaker, 16 kHz mono, kept for a few seconds so the microphone's copy of it can be
 * taken out ({@link EchoCancellingSource}). Written by the sound output's thread, read by the listening thread.
 */
public final class PlayedAudio {
    private final short[] ring;
    private long written;

    /** Keeps the last {@code seconds} of played sound. */
    public PlayedAudio(int seconds) {
        this.ring = new short[seconds * 16_000];
    }

    /** The next {@code length} bytes sent to the loudspeaker (16-bit little-endian, as played, after the volume). */
    public synchronized void played(byte[] pcm, int length) {
        for (int i = 0; i + 1 < length; i += 2) {
            ring[(int) (written % ring.length)] = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            written++;
        }
    }

    /** Samples sent to the loudspeaker so far. */
    public synchronized long writtenSamples() {
        return written;
    }

    /** Copies played samples from sample number {@code first}; those not played yet, or forgotten, are silence. */
    synchronized void copy(long first, short[] into, int length) {
        for (int i = 0; i < length; i++) {
            long n = first + i;
            into[i] = n >= 0 && n < written && written - n <= ring.length ? ring[(int) (n % ring.length)] : 0;
        }
    }
}
