package org.footcoach.speech;

import javax.sound.sampled.AudioFormat;

/**
 * Makes the output's 20 ms blocks (16-bit little-endian mono at {@value Pcm#SAMPLE_RATE} Hz) into the bytes of the
 * format a sound device was opened in: faster, stereo or big-endian, all 16-bit signed PCM. See
 * {@link PlaybackFormat} for the formats it takes.
 */
final class DeviceBlocks {
    private final AudioFormat format;
    private final boolean same;
    private final Upsampler upsampler;
    private final float[] in;
    private final float[] out;
    private final byte[] bytes;

    /** For blocks of {@code blockSamples} samples, played in {@code format}. */
    DeviceBlocks(AudioFormat format, int blockSamples) {
        if (!PlaybackFormat.playable(format)) {
            throw new IllegalArgumentException("Cannot play in " + format);
        }
        this.format = format;
        this.same = format.matches(LineAudioOutput.FORMAT);
        int outSamples = Math.round(blockSamples * format.getSampleRate() / Pcm.SAMPLE_RATE);
        this.upsampler = new Upsampler(blockSamples, outSamples);
        this.in = new float[blockSamples];
        this.out = new float[outSamples];
        this.bytes = new byte[outSamples * format.getFrameSize()];
    }

    /** The bytes to write for one block; valid until the next call. */
    byte[] convert(byte[] block) {
        if (same) {
            return block;
        }
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) ((block[2 * i] & 0xff) | (block[2 * i + 1] << 8));
        }
        upsampler.process(in, out);
        int channels = format.getChannels();
        boolean bigEndian = format.isBigEndian();
        int at = 0;
        for (float sample : out) {
            short s = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample)));
            byte high = (byte) (s >> 8);
            byte low = (byte) s;
            for (int c = 0; c < channels; c++) {
                bytes[at++] = bigEndian ? high : low;
                bytes[at++] = bigEndian ? low : high;
            }
        }
        return bytes;
    }
}
