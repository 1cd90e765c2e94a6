package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/** Without a device that plays, the output is silent, says why once, and never hangs. */
class NoSoundDeviceTest {
    /** A hang guard, not a timing assertion: a blocked call would never return at all. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private final List<String> reports = new CopyOnWriteArrayList<>();

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
}
