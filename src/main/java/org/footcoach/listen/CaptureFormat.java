package org.footcoach.listen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/**
 * The formats to try opening a microphone in when it does not give 16 kHz mono itself: its own formats that Java
 * Sound can turn into 16 kHz mono. Many USB microphones and some sound systems record only at 44.1 or 48 kHz, or only
 * in stereo. Slower than 16 kHz is left out: the recogniser needs the sound up to 8 kHz.
 */
final class CaptureFormat {

    /** Rates tried where a line takes any rate: 48 kHz and 32 kHz divide into 16 kHz evenly, 44.1 kHz is common. */
    private static final float[] ANY_RATE_TRIED = {48_000f, 32_000f, 44_100f};

    private CaptureFormat() {
    }

    /** Formats from {@code offered} (a line's own list, rates possibly unspecified) to open it in, best first. */
    static List<AudioFormat> candidates(List<AudioFormat> offered) {
        Set<AudioFormat> out = new LinkedHashSet<>();
        for (AudioFormat f : offered) {
            if (f.getSampleRate() == AudioSystem.NOT_SPECIFIED) {
                out.add(at(f, AudioSource.FORMAT.getSampleRate()));
                for (float rate : ANY_RATE_TRIED) {
                    out.add(at(f, rate));
                }
            } else {
                out.add(f);
            }
        }
        List<AudioFormat> usable = new ArrayList<>();
        for (AudioFormat f : out) {
            if (f.getSampleRate() >= AudioSource.FORMAT.getSampleRate() && f.getChannels() > 0
                    && f.getFrameSize() != AudioSystem.NOT_SPECIFIED
                    && AudioSystem.isConversionSupported(AudioSource.FORMAT, f)) {
                usable.add(f);
            }
        }
        usable.sort(Comparator.comparingInt(AudioFormat::getChannels)
                .thenComparingInt(CaptureFormat::rateRank)
                .thenComparingInt(f -> Math.abs(f.getSampleSizeInBits() - 16)));
        return usable;
    }

    /** 16 kHz first, then rates that divide into it evenly, then the others, lowest first. */
    private static int rateRank(AudioFormat f) {
        int rate = Math.round(f.getSampleRate());
        int wanted = Math.round(AudioSource.FORMAT.getSampleRate());
        if (rate == wanted) {
            return 0;
        }
        return rate % wanted == 0 ? rate : 1_000_000 + rate;
    }

    private static AudioFormat at(AudioFormat f, float rate) {
        return new AudioFormat(f.getEncoding(), rate, f.getSampleSizeInBits(), f.getChannels(), f.getFrameSize(), rate,
                f.isBigEndian());
    }
}
