package org.footcoach.speech;

import java.util.Arrays;

/**
 * Mono 16-bit PCM at {@value #SAMPLE_RATE} Hz, held in memory. Immutable: the samples are copied in and out,
 * except through {@link #sampleAt(int)} and {@link #mixInto(float[], long, long)}, which read without copying.
 */
public final class Pcm {
    public static final int SAMPLE_RATE = 16_000;
    public static final int SAMPLES_PER_MILLI = SAMPLE_RATE / 1000;

    private final short[] samples;

    private Pcm(short[] samples) {
        this.samples = samples;
    }

    public static Pcm of(short[] samples) {
        return new Pcm(samples.clone());
    }

    /** Takes ownership of the array without copying; the caller must not change it afterwards. */
    static Pcm wrap(short[] samples) {
        return new Pcm(samples);
    }

    public static Pcm silence(int sampleCount) {
        return new Pcm(new short[sampleCount]);
    }

    public int sampleCount() {
        return samples.length;
    }

    public short sampleAt(int index) {
        return samples[index];
    }

    public short[] samples() {
        return samples.clone();
    }

    /** Length in whole milliseconds, rounded up so that a cue never ends before its last sample. */
    public long millis() {
        return (samples.length + SAMPLES_PER_MILLI - 1) / SAMPLES_PER_MILLI;
    }

    /** Sample offset of a time on the timeline, exact because the rate is a whole number of samples a millisecond. */
    public static long sampleOf(long millis) {
        return millis * SAMPLES_PER_MILLI;
    }

    public int peak() {
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    /**
     * Adds this clip, starting at timeline sample {@code clipStart}, into {@code mix} which covers the timeline from
     * sample {@code mixStart}. Parts of the clip outside the mix are skipped.
     */
    void mixInto(float[] mix, long mixStart, long clipStart) {
        long from = Math.max(mixStart, clipStart);
        long to = Math.min(mixStart + mix.length, clipStart + samples.length);
        for (long t = from; t < to; t++) {
            mix[(int) (t - mixStart)] += samples[(int) (t - clipStart)];
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pcm pcm && Arrays.equals(samples, pcm.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Pcm[" + samples.length + " samples, " + millis() + " ms]";
    }
}
