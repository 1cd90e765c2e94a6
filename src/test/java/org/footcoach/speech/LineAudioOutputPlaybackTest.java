package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

/** What a working device is given: each clip at its exact sample, at the volume step, told to the tap, converted. */
class LineAudioOutputPlaybackTest {
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Test
    void placesAClipExactlyAtItsSampleWithSilenceAround() throws Exception {
        FakeLine device = new FakeLine();
        AudioOutput output = LineAudioOutput.open(device::line, reports::add, 5000, 60_000);
        Pcm clip = new CountingVoice().render("ab");
        long at = 3 * LineAudioOutput.BLOCK_SAMPLES + 77;
        output.play(clip, at);
        device.pump(20);
        short[] played = device.played();
        int first = 0;
        while (played[first] == 0) {
            first++;
        }
        assertThat(first).isEqualTo(at + TrackChecks.onset(clip, 0));
        for (int i = 0; i < clip.sampleCount(); i++) {
            assertThat(played[(int) at + i]).isEqualTo(clip.sampleAt(i));
        }
        assertThat(played).hasSizeGreaterThan((int) at + clip.sampleCount() + 100);
        assertThat(played[(int) at + clip.sampleCount() + 50]).isZero();
        output.close();
        assertThat(reports).isEmpty();
    }

    @Test
    void tellsTheTapEveryBlockAsTheDeviceGetsIt() throws Exception {
        FakeLine device = new FakeLine();
        java.io.ByteArrayOutputStream tapped = new java.io.ByteArrayOutputStream();
        AudioOutput output = LineAudioOutput.open(device::line, reports::add,
                (pcm, length) -> {
                    synchronized (tapped) {
                        tapped.write(pcm, 0, length);
                    }
                }, 5000, 60_000);
        output.softer();
        output.play(new CountingVoice().render("abc"), 2 * LineAudioOutput.BLOCK_SAMPLES + 5);
        device.pump(20);
        device.pump(1); // the tap hears a block just after the device takes it
        short[] played = device.played();
        short[] heard;
        synchronized (tapped) {
            heard = shorts(tapped.toByteArray());
        }
        assertThat(heard.length).isGreaterThanOrEqualTo(20 * LineAudioOutput.BLOCK_SAMPLES);
        assertThat(heard).isEqualTo(java.util.Arrays.copyOf(played, heard.length));
        assertThat(heard).as("the clip is in it").isNotEqualTo(new short[heard.length]);
        output.close();
    }

    @Test
    void aDeviceThatPlaysOnlyFortyEightKilohertzStereoGetsTheSameSoundConverted() throws Exception {
        FakeLine device = new FakeLine(new AudioFormat(48_000, 16, 2, true, false));
        java.io.ByteArrayOutputStream tapped = new java.io.ByteArrayOutputStream();
        AudioOutput output = LineAudioOutput.open(device::line, reports::add,
                (pcm, length) -> {
                    synchronized (tapped) {
                        tapped.write(pcm, 0, length);
                    }
                }, 5000, 60_000);
        Pcm clip = new CountingVoice().render("abc");
        int at = 2 * LineAudioOutput.BLOCK_SAMPLES + 5;
        output.play(clip, at);
        device.pump(20);
        device.pump(1);
        short[] frames = device.played();
        short[] heard;
        synchronized (tapped) {
            heard = shorts(tapped.toByteArray());
        }
        assertThat(frames.length).isGreaterThanOrEqualTo(20 * 3 * 2 * LineAudioOutput.BLOCK_SAMPLES);
        assertThat(heard.length).as("the tap hears the 16 kHz sound, perhaps a block behind the device")
                .isBetween(frames.length / 6 - LineAudioOutput.BLOCK_SAMPLES, frames.length / 6);
        assertThat(java.util.Arrays.copyOfRange(heard, at, at + clip.sampleCount())).isEqualTo(clip.samples());
        int lag = 3 * Upsampler.HALF_WIDTH;
        for (int n = at + 100; n < at + clip.sampleCount() - 100; n++) {
            short left = frames[2 * (3 * n + lag)];
            assertThat(frames[2 * (3 * n + lag) + 1]).isEqualTo(left);
            assertThat((int) left).as("sample %d", n).isCloseTo(clip.sampleAt(n - at), within(30));
        }
        output.close();
        assertThat(reports).isEmpty();
    }

    @Test
    void volumeStepsScaleTheSamples() throws Exception {
        FakeLine device = new FakeLine();
        AudioOutput output = LineAudioOutput.open(device::line, reports::add, 5000, 60_000);
        Pcm clip = new CountingVoice().render("abcd");
        output.softer();
        output.softer();
        device.pump(1);
        long at = output.writeHead();
        output.play(clip, at);
        device.pump(20);
        short[] played = device.played();
        int i = (int) at + 1000;
        assertThat((double) played[i]).isCloseTo(clip.sampleAt(i - (int) at) * AudioOutput.gain(5),
                within(1.0));
        assertThat(AudioOutput.gain(5)).isCloseTo(0.5, within(0.01));
        output.close();
    }

    private static short[] shorts(byte[] littleEndian) {
        short[] samples = new short[littleEndian.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((littleEndian[2 * i] & 0xff) | (littleEndian[2 * i + 1] << 8));
        }
        return samples;
    }
}
