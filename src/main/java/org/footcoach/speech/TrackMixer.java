package org.footcoach.speech;

import java.util.Arrays;

/** Builds one track in memory by adding clips at sample offsets; gaps stay silent. For the offline render. */
public final class TrackMixer {
    private float[] mix = new float[Pcm.SAMPLE_RATE * 60];
    private long length;

    /** Adds {@code pcm} starting at timeline sample {@code atSample}; overlapping clips add up. */
    public void place(Pcm pcm, long atSample) {
        long end = atSample + pcm.sampleCount();
        if (end > Integer.MAX_VALUE) {
            throw new SpeechException(SpeechMessages.format("track.too-long", end / Pcm.SAMPLE_RATE));
        }
        if (end > mix.length) {
            mix = Arrays.copyOf(mix, (int) Math.min(Integer.MAX_VALUE, Math.max(end, 2L * mix.length)));
        }
        pcm.mixInto(mix, 0, atSample);
        length = Math.max(length, end);
    }

    /** Makes the track at least this long, e.g. to end on silence after the last clip. */
    public void extendTo(long sampleCount) {
        place(Pcm.silence(0), sampleCount);
    }

    public long length() {
        return length;
    }

    /** Samples that would have passed full scale; the mix clamps them. A correct timeline has none. */
    public int clippedSamples() {
        int clipped = 0;
        for (int i = 0; i < length; i++) {
            if (mix[i] > Short.MAX_VALUE || mix[i] < Short.MIN_VALUE) {
                clipped++;
            }
        }
        return clipped;
    }

    public Pcm toPcm() {
        short[] out = new short[(int) length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(mix[i])));
        }
        return Pcm.wrap(out);
    }
}
