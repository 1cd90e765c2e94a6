package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * A device that fails, stalls or is missing gives silence and one report, and is tried again until it plays; a try
 * that hangs is never repeated while it hangs.
 */
class LineAudioOutputRecoveryTest {
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
        int start = (int) (TrackChecks.onset(Pcm.wrap(played), 0) - TrackChecks.onset(clip, 0));
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
}
