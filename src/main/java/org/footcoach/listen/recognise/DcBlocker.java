package org.footcoach.listen.recognise;

/**
 * Takes a steady offset out of 16-bit PCM (a high-pass at about 10 Hz). Some microphones deliver their silence a few
 * hundred steps off zero; measured as loudness, that offset alone looks like a noisy room. The recogniser ignores such
 * an offset itself, so only the loudness measures hear this filter. Not thread-safe: one feeder.
 */
final class DcBlocker {
    /** {@code 1 - 2 pi 10 Hz / 16 kHz}: the offset is gone within about 0.1 s. */
    private static final double POLE = 1 - 2 * Math.PI * 10 / 16_000;

    private double lastIn;
    private double lastOut;

    /** Writes the first {@code length} bytes of {@code pcm}, filtered, into {@code out}. */
    void filter(byte[] pcm, int length, byte[] out) {
        for (int i = 0; i + 1 < length; i += 2) {
            double x = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            lastOut = x - lastIn + POLE * lastOut;
            lastIn = x;
            short y = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(lastOut)));
            out[i] = (byte) y;
            out[i + 1] = (byte) (y >> 8);
        }
    }
}
