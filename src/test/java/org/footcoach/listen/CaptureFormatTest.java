package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class CaptureFormatTest {

    @Test
    void fewerChannelsComeFirstThenRatesThatDivideInto16Kilohertz() {
        AudioFormat stereo48 = pcm(48_000, 2);
        AudioFormat mono44 = pcm(44_100, 1);
        AudioFormat mono48 = pcm(48_000, 1);

        assertThat(CaptureFormat.candidates(List.of(stereo48, mono44, mono48)))
                .containsExactly(mono48, mono44, stereo48);
    }

    @Test
    void aLineThatTakesAnyRateIsTried16KilohertzFirst() {
        List<AudioFormat> tried = CaptureFormat.candidates(List.of(pcm(AudioSystem.NOT_SPECIFIED, 2)));

        assertThat(tried).extracting(AudioFormat::getSampleRate).containsExactly(16_000f, 32_000f, 48_000f, 44_100f);
        assertThat(tried).allSatisfy(f -> assertThat(f.getChannels()).isEqualTo(2));
    }

    @Test
    void ratesSlowerThan16KilohertzAreLeftOut() {
        assertThat(CaptureFormat.candidates(List.of(pcm(8_000, 1), pcm(11_025, 2)))).isEmpty();
    }

    private static AudioFormat pcm(float rate, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels, rate, false);
    }
}
