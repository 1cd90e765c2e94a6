package org.footcoach.listen;

/**
 * Counts how long an input has given nothing but loud, changing noise: in every tenth of a second, a quarter of the
 * samples or more beyond half of full scale. A broken device or driver gives that (random bytes); a voice, even a
 * shout, has quieter moments between words. A value stuck at full scale does not change, so it is
 * {@link DigitalSilence}.
 */
final class FullScaleNoise {
    /** Five seconds of tenths of a second. */
    static final int LASTING_BLOCKS = 50;
    private static final int BLOCK_SAMPLES = 1_600;
    private static final int LOUD = 16_384;

    private int inBlock;
    private int loudInBlock;
    private int noisyBlocks;
    private int last;

    /** Takes {@code bytes} bytes of 16-bit PCM from {@code buffer}. */
    void count(byte[] buffer, int bytes) {
        for (int i = 0; i + 1 < bytes; i += 2) {
            int sample = (short) ((buffer[i] & 0xff) | (buffer[i + 1] << 8));
            if (Math.abs(sample) >= LOUD && sample != last) {
                loudInBlock++;
            }
            last = sample;
            if (++inBlock == BLOCK_SAMPLES) {
                noisyBlocks = loudInBlock * 4 >= BLOCK_SAMPLES ? noisyBlocks + 1 : 0;
                inBlock = 0;
                loudInBlock = 0;
            }
        }
    }

    /** Whether the noise has lasted {@link #LASTING_BLOCKS} tenths of a second, up to the last whole one counted. */
    boolean lasting() {
        return noisyBlocks >= LASTING_BLOCKS;
    }
}
