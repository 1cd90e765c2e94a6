package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class PlaybackFormatTest {
    private static final int ANY = AudioSystem.NOT_SPECIFIED;

    @Test
    void sixteenKilohertzComesFirstThenWholeMultiplesThenOtherRates() {
        List<AudioFormat> offered = List.of(pcm(44_100, 2, false), pcm(48_000, 2, false), pcm(16_000, 2, false),
                pcm(48_000, 1, true));
        assertThat(PlaybackFormat.candidates(offered)).extracting(PlaybackFormatTest::describe)
                .containsExactly("16000x2", "48000x1", "48000x2", "44100x2");
    }

    @Test
    void aDeviceThatTakesAnyRateIsTriedAtTheUsualOnes() {
        assertThat(PlaybackFormat.candidates(List.of(pcm(ANY, 2, false)))).extracting(PlaybackFormatTest::describe)
                .containsExactly("16000x2", "32000x2", "48000x2", "44100x2");
    }

    @Test
    void formatsTheConverterCannotWriteAreLeftOut() {
        List<AudioFormat> offered = List.of(
                new AudioFormat(48_000, 8, 1, true, false),
                new AudioFormat(48_000, 24, 2, true, false),
                new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, 48_000, 32, 2, 8, 48_000, false),
                new AudioFormat(48_000, 16, 6, true, false),
                new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 48_000, 16, 1, 2, 48_000, false),
                pcm(8_000, 1, false),
                pcm(11_025, 2, false),
                pcm(22_050, 2, false));
        assertThat(PlaybackFormat.candidates(offered)).extracting(PlaybackFormatTest::describe)
                .containsExactly("22050x2");
    }

    @Test
    void theOutputsOwnFormatIsPlayable() {
        assertThat(PlaybackFormat.playable(LineAudioOutput.FORMAT)).isTrue();
    }

    private static AudioFormat pcm(float rate, int channels, boolean bigEndian) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels, rate, bigEndian);
    }

    private static String describe(AudioFormat f) {
        return Math.round(f.getSampleRate()) + "x" + f.getChannels();
    }
}
