package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.WavFileSource;
import org.footcoach.session.Phrases;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.Loudness;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.WavWriter;
import org.footcoach.speech.OwnRecordings;
import org.footcoach.ui.PhraseRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording a phrase through the app's recorder, with a WAV file in the microphone's place: the take is trimmed,
 * levelled, played, saved where RecordedClips finds it, and the phrase cache is told; with no microphone, the screen
 * is told so.
 */
class MicrophoneRecorderTest {
    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
    private final List<Double> levels = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> changed = new LinkedBlockingQueue<>();
    private final List<String> saidForTheEchoGuard = new CopyOnWriteArrayList<>();
    private final PlayedOutput output = new PlayedOutput();

    /** A sound output that keeps what it is asked to play. */
    private static final class PlayedOutput implements AudioOutput {
        final List<Pcm> played = new CopyOnWriteArrayList<>();
        int cancelled;

        @Override
        public long writeHead() {
            return 0;
        }

        @Override
        public void play(Pcm pcm, long atSample) {
            played.add(pcm);
        }

        @Override
        public void cancelAll() {
            cancelled++;
        }

        @Override
        public int volumeStep() {
            return DEFAULT_VOLUME_STEP;
        }

        @Override
        public void setVolumeStep(int step) {
            throw new UnsupportedOperationException("the recorder never changes the volume");
        }

        @Override
        public boolean isSilent() {
            return false;
        }

        @Override
        public void close() {
            played.clear();
        }
    }

    private MicrophoneRecorder recorder(ReopeningMicrophone.Opener microphone, Path folder) {
        MicrophoneRecorder recorder = new MicrophoneRecorder(microphone, new OwnRecordings(folder),
                CompletableFuture.completedFuture(output), changed::add,
                (text, millis) -> saidForTheEchoGuard.add(text), Runnable::run);
        recorder.tell(new PhraseRecorder.Events() {
            @Override
            public void level(double level) {
                levels.add(level);
            }

            @Override
            public void recorded(boolean heard) {
                told.add("recorded " + heard);
            }

            @Override
            public void noMicrophone() {
                told.add("no microphone");
            }

            @Override
            public void failed(String sentence) {
                told.add("failed " + sentence);
            }
        });
        return recorder;
    }

    private static ReopeningMicrophone.Opener wav(Path file) {
        return () -> {
            try {
                return WavFileSource.fast(file);
            } catch (IOException e) {
                throw new AudioUnavailableException(e.getMessage(), e);
            }
        };
    }

    /** Half a second of a quiet room, one second of a quiet voice-like tone, then the room again, at 16 kHz. */
    private static Path quietTake(Path folder) {
        Random noise = new Random(3);
        short[] samples = new short[Pcm.SAMPLE_RATE * 2];
        for (int i = 0; i < samples.length; i++) {
            double s = noise.nextGaussian() * 0.0005;
            if (i >= Pcm.SAMPLE_RATE / 2 && i < Pcm.SAMPLE_RATE * 3 / 2) {
                s += 0.05 * Math.sin(2 * Math.PI * 220 * i / Pcm.SAMPLE_RATE);
            }
            samples[i] = (short) Math.round(s * 32767);
        }
        Path file = folder.resolve("take.wav");
        WavWriter.write(Pcm.of(samples), file);
        return file;
    }

    private String next() throws InterruptedException {
        String event = told.poll(20, TimeUnit.SECONDS);
        assertThat(event).as("the recorder answered").isNotNull();
        return event;
    }

    @Test
    void aTakeIsShapedPlayedAndKeptWhereTheClipsAreFound(@TempDir Path data) throws Exception {
        Path voice = data.resolve("voice");
        MicrophoneRecorder recorder = recorder(wav(quietTake(data)), voice);
        assertThat(recorder.saved("count.7")).isFalse();

        recorder.record("count.7");
        assertThat(next()).isEqualTo("recorded true");
        assertThat(levels).isNotEmpty();
        assertThat(levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .as("the meter moves with the voice").isGreaterThan(0.4);

        recorder.playTake();
        assertThat(output.played).hasSize(1);
        Pcm take = output.played.get(0);
        assertThat(take.millis()).as("trimmed").isBetween(990L, 1100L);
        assertThat(Loudness.voicedRmsDbfs(take)).as("levelled").isBetween(-18.5, -17.5);
        assertThat(saidForTheEchoGuard).containsExactly(new Phrases().text("count.7"));

        recorder.keep("count.7");
        assertThat(recorder.saved("count.7")).as("at once").isTrue();
        assertThat(changed.poll(20, TimeUnit.SECONDS)).isEqualTo("count.7");
        Pcm found = new RecordedClips(voice).find("count.7").orElseThrow();
        assertThat(found.millis()).isEqualTo(take.millis());
        assertThat(Loudness.voicedRmsDbfs(found)).isBetween(-18.5, -17.5);

        recorder.playSaved("count.7");
        assertThat(changed).isEmpty();
        recorder.delete("count.7");
        assertThat(changed.poll(20, TimeUnit.SECONDS)).isEqualTo("count.7");
        assertThat(recorder.saved("count.7")).isFalse();
        assertThat(new RecordedClips(voice).find("count.7")).isEmpty();
        assertThat(output.played).hasSize(2);
        assertThat(output.played.get(1)).isEqualTo(take);
    }

    @Test
    void aTakeStopsWhenAskedOrAtItsLongest(@TempDir Path data) throws Exception {
        List<AudioSource> opened = new ArrayList<>();
        MicrophoneRecorder recorder = recorder(() -> {
            AudioSource endless = new EndlessTone(() -> { });
            opened.add(endless);
            return endless;
        }, data);
        recorder.record("work.end");
        assertThat(next()).isEqualTo("recorded true");
        recorder.playTake();
        assertThat(output.played.get(0).millis()).as("at its longest")
                .isBetween(MicrophoneRecorder.LONGEST_MILLIS - 100, MicrophoneRecorder.LONGEST_MILLIS);
        assertThat(((EndlessTone) opened.get(0)).closed).isTrue();

        MicrophoneRecorder[] stopping = new MicrophoneRecorder[1];
        stopping[0] = recorder(() -> new EndlessTone(() -> stopping[0].stop()), data);
        stopping[0].record("work.end");
        assertThat(next()).isEqualTo("recorded true");
        stopping[0].playTake();
        assertThat(output.played.get(1).millis()).as("stopped after a second of sound").isBetween(1000L, 1100L);
    }

    @Test
    void aTakeOfSilenceIsNotHeld(@TempDir Path data) throws Exception {
        Path silence = data.resolve("silence.wav");
        WavWriter.write(Pcm.silence(Pcm.SAMPLE_RATE), silence);
        MicrophoneRecorder recorder = recorder(wav(silence), data);
        recorder.record("work.end");
        assertThat(next()).isEqualTo("recorded false");
        recorder.playTake();
        recorder.keep("work.end");
        assertThat(output.played).isEmpty();
        assertThat(recorder.saved("work.end")).isFalse();
    }

    @Test
    void withNoMicrophoneTheScreenIsToldOnceAskedAndWhenARecordingStarts(@TempDir Path data) throws Exception {
        MicrophoneRecorder recorder = recorder(() -> {
            throw new AudioUnavailableException("No microphone found.", null);
        }, data);
        recorder.checkMicrophone();
        assertThat(next()).isEqualTo("no microphone");
        recorder.record("work.end");
        assertThat(next()).isEqualTo("no microphone");
    }

    @Test
    void theMeterRunsFromSilenceToFullScaleInDecibels() {
        assertThat(MicrophoneRecorder.meter(0)).isZero();
        assertThat(MicrophoneRecorder.meter(0.0005f)).isZero();
        assertThat(MicrophoneRecorder.meter(0.1f)).isCloseTo(2 / 3.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(MicrophoneRecorder.meter(1)).isEqualTo(1);
    }

    /** A microphone that hears a loud tone for ever, as fast as it is read. */
    private static final class EndlessTone implements AudioSource {
        private final Runnable afterASecond;
        volatile boolean closed;
        private long sample;

        /** {@code afterASecond} runs once a second of sound has been read: the person pressing Stop. */
        EndlessTone(Runnable afterASecond) {
            this.afterASecond = afterASecond;
        }

        @Override
        public String name() {
            return "endless tone";
        }

        @Override
        public int read(byte[] buffer) {
            int n = buffer.length - buffer.length % 2;
            for (int i = 0; i < n; i += 2) {
                short s = (short) (8000 * Math.sin(2 * Math.PI * 300 * sample++ / Pcm.SAMPLE_RATE));
                buffer[i] = (byte) s;
                buffer[i + 1] = (byte) (s >> 8);
            }
            if (sample >= Pcm.SAMPLE_RATE && sample - n / 2 < Pcm.SAMPLE_RATE) {
                afterASecond.run();
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
