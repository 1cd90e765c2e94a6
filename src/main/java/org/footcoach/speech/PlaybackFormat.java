package org.footcoach.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/**
 * The formats to open a sound device in when it will not play {@link LineAudioOutput#FORMAT} itself. Some devices
 * (HDMI and many USB ones) play only at 44.1 or 48 kHz, or only in stereo. {@link DeviceBlocks} converts to any
 * 16-bit signed PCM format at {@value Pcm#SAMPLE_RATE} Hz or faster with one or two channels, where 20 ms is a whole
 * number of frames.
 */
final class PlaybackFormat {
    /** Rates tried where a device takes any rate: 48 and 32 kHz are whole multiples of 16 kHz, 44.1 kHz is common. */
    private static final float[] ANY_RATE_TRIED = {48_000f, 32_000f, 44_100f};
    private static final int BLOCKS_PER_SECOND = 50;

    private PlaybackFormat() {
    }

    /** Whether {@link DeviceBlocks} can make the output's blocks into {@code format}. */
    static boolean playable(AudioFormat format) {
        float rate = format.getSampleRate();
        return AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
                && format.getSampleSizeInBits() == 16
                && (format.getChannels() == 1 || format.getChannels() == 2)
                && format.getFrameSize() == 2 * format.getChannels()
                && rate >= Pcm.SAMPLE_RATE
                && rate == Math.round(rate) && Math.round(rate) % BLOCKS_PER_SECOND == 0;
    }

    /** Formats from {@code offered} (a device's own list, rates possibly unspecified) to open it in, best first. */
    static List<AudioFormat> candidates(List<AudioFormat> offered) {
        Set<AudioFormat> all = new LinkedHashSet<>();
        for (AudioFormat f : offered) {
            if (f.getSampleRate() == AudioSystem.NOT_SPECIFIED) {
                all.add(at(f, Pcm.SAMPLE_RATE));
                for (float rate : ANY_RATE_TRIED) {
                    all.add(at(f, rate));
                }
            } else {
                all.add(f);
            }
        }
        List<AudioFormat> usable = new ArrayList<>(all.stream().filter(PlaybackFormat::playable).toList());
        usable.sort(Comparator.comparingInt(PlaybackFormat::rateRank)
                .thenComparingInt(AudioFormat::getChannels)
                .thenComparing(AudioFormat::isBigEndian));
        return usable;
    }

    /** 16 kHz first, then whole multiples of it, then the others; slowest first within each. */
    private static int rateRank(AudioFormat f) {
        int rate = Math.round(f.getSampleRate());
        if (rate == Pcm.SAMPLE_RATE) {
            return 0;
        }
        return rate % Pcm.SAMPLE_RATE == 0 ? rate : 1_000_000 + rate;
    }

    private static AudioFormat at(AudioFormat f, float rate) {
        return new AudioFormat(f.getEncoding(), rate, f.getSampleSizeInBits(), f.getChannels(), f.getFrameSize(), rate,
                f.isBigEndian());
    }
}
