package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavAndVttRoundTripTest {

    @Test
    void wavRoundTripsSampleForSample(@TempDir Path dir) throws Exception {
        short[] samples = {0, 1, -1, 32767, -32768, 1234, -4321};
        Path file = dir.resolve("out.wav");
        WavWriter.write(Pcm.of(samples), file);
        assertThat(WavReader.read(file).samples()).containsExactly(samples);
        AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
        assertThat(format.getFormat().getSampleRate()).isEqualTo(16000f);
        assertThat(format.getFormat().getChannels()).isEqualTo(1);
        assertThat(format.getFormat().getSampleSizeInBits()).isEqualTo(16);
        assertThat(Files.size(file)).isEqualTo(44 + 2 * samples.length);
    }

    @Test
    void vttRoundTripsExactTimesAndText(@TempDir Path dir) {
        List<Caption> captions = List.of(
                new Caption(0, 1234, "Sit tall in the chair."),
                new Caption(1500, 2000, "one"),
                new Caption(3_723_004, 3_723_999, "Toes & heels <both> --> done"));
        Path file = dir.resolve("out.vtt");
        VttWriter.write(captions, file);
        assertThat(VttReader.read(file)).isEqualTo(captions);
        assertThat(VttWriter.toVtt(captions)).startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.234\nSit tall")
                .contains("01:02:03.004 --> 01:02:03.999");
    }

    @Test
    void aFileThatIsNotVttIsNamedInOneSentence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.vtt");
        Files.writeString(file, "hello");
        assertThat(catchThrowable(() -> VttReader.read(file))).isInstanceOf(SpeechException.class)
                .hasMessageContaining("bad.vtt").hasMessageContaining("WEBVTT");
    }

    @Test
    void mixerPlacesClipsAtExactSamplesAndReportsClipping() {
        TrackMixer mixer = new TrackMixer();
        mixer.place(Pcm.of(new short[] {100, 200}), 5);
        mixer.place(Pcm.of(new short[] {32700}), 6);
        mixer.place(Pcm.of(new short[] {10}), 2_000_000);
        Pcm track = mixer.toPcm();
        assertThat(track.sampleCount()).isEqualTo(2_000_001);
        assertThat(track.sampleAt(4)).isZero();
        assertThat(track.sampleAt(5)).isEqualTo((short) 100);
        assertThat(track.sampleAt(6)).isEqualTo(Short.MAX_VALUE);
        assertThat(track.sampleAt(2_000_000)).isEqualTo((short) 10);
        assertThat(mixer.clippedSamples()).isEqualTo(1);
    }
}
