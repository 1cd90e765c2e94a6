package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.footcoach.listen.Recordings.writeWav;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording played in as the microphone ({@code --mic-file}), whatever its format. */
class WavFileSourceTest {

    @TempDir
    Path dir;

    @Test
    void aWavFileOfAnotherRateIsConvertedTo16kHzMono() throws Exception {
        short[] stereo44 = new short[44_100 * 2];
        Path wav = writeWav(dir.resolve("cd.wav"), stereo44, new AudioFormat(44_100f, 16, 2, true, false));
        try (WavFileSource source = WavFileSource.fast(wav)) {
            byte[] buffer = new byte[4_096];
            long total = 0;
            for (int n; (n = source.read(buffer)) > 0; ) {
                total += n;
            }
            assertThat(total / 2).as("samples at 16 kHz in one second").isBetween(15_900L, 16_100L);
        }
    }

    @Test
    void aWavFileAt48KilohertzKeepsWhatIsAbove8KilohertzOutOfWhatTheRecogniserHears() throws Exception {
        short[] whistle = new short[48_000];
        for (int i = 0; i < whistle.length; i++) {
            whistle[i] = (short) Math.round(10_000 * Math.sin(2 * Math.PI * 12_000 * i / 48_000.0));
        }
        Path wav = writeWav(dir.resolve("phone.wav"), whistle, new AudioFormat(48_000f, 16, 1, true, false));
        double sum = 0;
        long samples = 0;
        try (WavFileSource source = WavFileSource.fast(wav)) {
            byte[] buffer = new byte[4_096];
            for (int n; (n = source.read(buffer)) > 0; ) {
                for (int i = 0; i + 1 < n; i += 2) {
                    double v = (short) ((buffer[i] & 0xff) | (buffer[i + 1] << 8));
                    sum += v * v;
                    samples++;
                }
            }
        }
        assertThat(samples).isBetween(15_900L, 16_100L);
        assertThat(20 * Math.log10(Math.sqrt(sum / samples) / (10_000 / Math.sqrt(2)))).as("12 kHz, dB")
                .isLessThan(-40);
    }

    @Test
    void aFileThatIsNoWavSaysSoInOneSentence() throws Exception {
        Path notWav = Files.writeString(dir.resolve("notes.wav"), "not audio");
        assertThatThrownBy(() -> WavFileSource.fast(notWav)).isInstanceOf(IOException.class)
                .hasMessage(notWav + " is not a WAV file this app can read.");
    }
}
