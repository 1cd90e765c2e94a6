package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AudioOutputTest {
    /** A hang guard, not a timing assertion: a blocked call would never return at all. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<String> back = new CopyOnWriteArrayList<>();
    /** Keeps what the output reports in {@link #reports}, and each time sound is back in {@link #back}. */
    private final AudioUnavailableListener listener = new AudioUnavailableListener() {
        @Override
        public void audioUnavailable(String reason) {
            reports.add(reason);
        }

        @Override
        public void audioBack() {
            back.add("back");
        }
    };

    @Test
    void silentOutputNeverBlocksAndItsTimelineAdvances() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            AtomicLong nanos = new AtomicLong();
            SilentAudioOutput output = new SilentAudioOutput(0, nanos::get);
            Pcm clip = new CountingVoice().render("a long sentence to play");
            for (int i = 0; i < 10_000; i++) {
                output.play(clip, output.writeHead());
                output.louder();
            }
            output.cancelAll();
            output.close();
            assertThat(output.isSilent()).isTrue();
            assertThat(output.volumeStep()).isEqualTo(AudioOutput.MAX_VOLUME_STEP);
            long head = output.writeHead();
            nanos.addAndGet(5_000_000);
            assertThat(output.writeHead()).isEqualTo(head + Pcm.sampleOf(5));
        });
    }

    @Test
    void aDeviceThatCannotBeOpenedGivesSilenceAndOneReport() {
        AudioOutput output = LineAudioOutput.open(() -> {
            throw new LineUnavailableException("busy");
        }, reports::add, 5000, 2000);
        assertThat(output.isSilent()).isTrue();
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.NO_DEVICE));
    }

    @Test
    void aDeviceThatOpensInAFormatItCannotBeGivenGivesSilenceAndOneReport() {
        FakeLine device = new FakeLine(new AudioFormat(48_000, 24, 2, true, false));
        AudioOutput output = LineAudioOutput.open(device::line, reports::add, 5000, 2000);
        assertThat(output.isSilent()).isTrue();
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.NO_DEVICE));
    }

    @Test
    void aDeviceThatNeverAnswersGivesSilenceInsteadOfHanging() {
        CountDownLatch never = new CountDownLatch(1);
        AudioOutput output = assertTimeoutPreemptively(HANG_GUARD, () -> LineAudioOutput.open(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new LineUnavailableException("unreachable");
        }, reports::add, 100, 2000));
        assertThat(output.isSilent()).isTrue();
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.NO_ANSWER));
    }

    @Test
    void thisMachineEitherPlaysOrReportsOnceAndNeverHangs() {
        AudioOutput output = assertTimeoutPreemptively(HANG_GUARD, () -> LineAudioOutput.open(reports::add));
        assertThat(reports).hasSize(output.isSilent() ? 1 : 0);
        output.close();
    }

    @Test
    void audioOutNoneIsSilentAndSaysSoOnce() {
        AudioOutput output = AudioOutput.open("none", reports::add);
        assertThat(output.isSilent()).isTrue();
        assertThat(reports).containsExactly("Sound is off. Captions show every word.");
    }

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
        assertThat(first).isEqualTo(at + firstNonZero(clip));
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
    void aDeviceThatRefusesSixteenKilohertzIsOpenedInTheFirstOfItsOwnFormatsThatWorks() throws Exception {
        AudioFormat only = new AudioFormat(44_100, 16, 2, true, false);
        List<AudioFormat> tried = new CopyOnWriteArrayList<>();
        SourceDataLine line = DefaultDevice.openFirstPlayable(format -> {
            tried.add(format);
            if (!format.matches(only)) {
                throw new IllegalArgumentException("No line supporting " + format);
            }
            return new FakeLine(format).line();
        }, () -> List.of(new AudioFormat(48_000, 24, 2, true, false), only,
                new AudioFormat(48_000, 16, 2, true, false)));
        assertThat(line.getFormat()).isEqualTo(only);
        assertThat(tried).extracting(AudioFormat::getSampleRate).containsExactly(16_000f, 48_000f, 44_100f);
    }

    @Test
    void aDeviceThatOpensInNoFormatItCanPlayIsUnavailableWithEveryReason() {
        assertThatThrownBy(() -> DefaultDevice.openFirstPlayable(format -> {
            throw new IllegalArgumentException("No line supporting " + format.getSampleRate());
        }, () -> List.of(new AudioFormat(48_000, 16, 2, true, false))))
                .isInstanceOf(LineUnavailableException.class)
                .hasMessage("No line supporting 16000.0")
                .satisfies(e -> assertThat(e.getCause().getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("No line supporting 48000.0"));
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

    @Test
    void aDeviceThatFailsMidSessionSwitchesToSilenceAndReportsOnce() throws Exception {
        FakeLine device = new FakeLine();
        AudioOutput output = LineAudioOutput.open(device::line, reports::add, 5000, 60_000);
        device.pump(5);
        device.mode = FakeLine.Mode.THROWS;
        device.blocksAllowed.release(10);
        awaitSilent(output);
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.LOST));
        long head = output.writeHead();
        assertThat(head).isGreaterThanOrEqualTo(5L * LineAudioOutput.BLOCK_SAMPLES);
        output.play(new CountingVoice().render("abc"), head);
        output.close();
        assertThat(reports).hasSize(1);
    }

    @Test
    void aDeviceThatFailsMidSessionIsOpenedAgainUntilItPlaysAndSoundComesBack() throws Exception {
        FakeLine first = new FakeLine();
        FakeLine second = new FakeLine();
        AtomicInteger opened = new AtomicInteger();
        AudioOutput output = LineAudioOutput.open(() -> switch (opened.getAndIncrement()) {
            case 0 -> first.line();
            case 1 -> throw new LineUnavailableException("still unplugged");
            default -> second.line();
        }, listener, PlaybackTap.NONE, new LineAudioOutput.Patience(5000, 60_000, 20));
        first.pump(3);
        first.mode = FakeLine.Mode.THROWS;
        first.blocksAllowed.release(1);
        awaitSilent(output);
        awaitPlaying(output);

        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.LOST));
        assertThat(back).containsExactly("back");
        assertThat(opened).hasValue(3);
        second.pump(2);
        long at = output.writeHead();
        Pcm clip = new CountingVoice().render("ab");
        output.play(clip, at);
        second.pump(20);
        short[] played = second.played();
        int start = firstNonZero(Pcm.wrap(played)) - firstNonZero(clip);
        assertThat(start).as("the clip starts after the blocks written before it").isGreaterThan(0);
        assertThat(java.util.Arrays.equals(java.util.Arrays.copyOfRange(played, start, start + clip.sampleCount()),
                clip.samples())).as("the clip plays on the device opened again").isTrue();
        output.close();
        assertThat(reports).hasSize(1);
    }

    @Test
    void aDeviceMissingAtStartIsTriedAgainAndPlaysOnceItIsThere() throws Exception {
        FakeLine plugged = new FakeLine();
        AtomicInteger tries = new AtomicInteger();
        AudioOutput output = LineAudioOutput.open(() -> {
            if (tries.getAndIncrement() < 2) {
                throw new LineUnavailableException("no sound card");
            }
            return plugged.line();
        }, listener, PlaybackTap.NONE, new LineAudioOutput.Patience(5000, 60_000, 20));
        assertThat(output.isSilent()).isTrue();
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.NO_DEVICE));

        awaitPlaying(output);
        assertThat(back).containsExactly("back");
        plugged.pump(3);
        assertThat(plugged.played()).hasSize(3 * LineAudioOutput.BLOCK_SAMPLES);
        output.close();
    }

    @Test
    void aDeviceThatNeverAnsweredIsNotTriedAgainWhileThatTryHangs() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger tries = new AtomicInteger();
        AudioOutput output = LineAudioOutput.open(() -> {
            tries.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new LineUnavailableException("unreachable");
        }, reports::add, PlaybackTap.NONE, new LineAudioOutput.Patience(50, 60_000, 10));
        // A hang guard, not timing: tries would pile up, one thread each, within these 30 reopening periods.
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(tries).hasValue(1);
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.NO_ANSWER));
        output.close();
        never.countDown();
    }

    @Test
    void aDeviceThatStallsMidSessionIsDetectedByTheWatchdog() throws Exception {
        FakeLine device = new FakeLine();
        AudioOutput output = LineAudioOutput.open(device::line, reports::add, 5000, 100);
        device.pump(3);
        device.mode = FakeLine.Mode.STALLS;
        device.blocksAllowed.release(1);
        awaitSilent(output);
        assertThat(reports).containsExactly(SpeechMessages.text(SpeechMessages.LOST));
        output.close();
    }

    private static void awaitPlaying(AudioOutput output) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (output.isSilent()) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
        });
    }

    private static void awaitSilent(AudioOutput output) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (!output.isSilent()) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
        });
    }

    private static short[] shorts(byte[] littleEndian) {
        short[] samples = new short[littleEndian.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((littleEndian[2 * i] & 0xff) | (littleEndian[2 * i + 1] << 8));
        }
        return samples;
    }

    private static int firstNonZero(Pcm pcm) {
        int i = 0;
        while (pcm.sampleAt(i) == 0) {
            i++;
        }
        return i;
    }
}
