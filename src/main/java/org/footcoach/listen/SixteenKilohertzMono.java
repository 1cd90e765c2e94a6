package org.footcoach.listen;

import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Brings sound of another format to {@link AudioSource#FORMAT}. A faster rate is low-passed as it is brought down:
 * Java Sound's default conversion only drops samples, which folds everything above 8 kHz (hiss, the top of an "s")
 * back into the band the recogniser hears (bench/RESULTS.md, "A microphone that records only at 48 kHz").
 */
final class SixteenKilohertzMono {
    /** {@link AudioSource#FORMAT}, asking Java Sound's converter for its windowed-sinc resampler. */
    private static final AudioFormat LOW_PASSED = new AudioFormat(AudioSource.FORMAT.getEncoding(),
            AudioSource.FORMAT.getSampleRate(), AudioSource.FORMAT.getSampleSizeInBits(),
            AudioSource.FORMAT.getChannels(), AudioSource.FORMAT.getFrameSize(), AudioSource.FORMAT.getFrameRate(),
            AudioSource.FORMAT.isBigEndian(), Map.of("interpolation", "sinc"));

    private SixteenKilohertzMono() {
    }

    /**
     * {@code in} as 16 kHz mono, itself when it is already.
     *
     * @throws IllegalArgumentException when Java Sound cannot convert it
     */
    static AudioInputStream of(AudioInputStream in) {
        return in.getFormat().matches(AudioSource.FORMAT) ? in : AudioSystem.getAudioInputStream(LOW_PASSED, in);
    }
}
