package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service: a recording in, commands and "heard" captions out, on its own thread. */
class VoiceCommandsTest {

    @TempDir
    Path dir;

    private static short[] commandsWithPauses(String... words) {
        EspeakSpeaker voice = new EspeakSpeaker("en-us", 150, 50);
        List<Short> out = new ArrayList<>();
        for (String w : words) {
            addSilence(out, 16_000);
            for (short s : voice.say(w)) {
                out.add(s);
            }
        }
        addSilence(out, 16_000);
        return toArray(out);
    }

    private static short[] toArray(List<Short> samples) {
        short[] pcm = new short[samples.size()];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = samples.get(i);
        }
        return pcm;
    }

    private static Path writeWav(Path file, short[] pcm, AudioFormat format) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) {
            b.putShort(s);
        }
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), format, pcm.length),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    @Test
    void aRecordingDrivesCommandsWithHeardCaptions() throws Exception {
        Path wav = writeWav(dir.resolve("commands.wav"), commandsWithPauses("pause", "next", "stop"),
                AudioSource.FORMAT);
        List<Command> commands = new CopyOnWriteArrayList<>();
        List<String> captions = new CopyOnWriteArrayList<>();
        List<String> status = new CopyOnWriteArrayList<>();
        VoiceCommands voice = VoiceCommands.start(WavFileSource.fast(wav), EchoGuard.standard(), commands::add,
                keeping(captions, status), VoiceModel.loadNow(Recognition.testModelDir()), () -> 0L);
        voice.awaitEnd();

        assertThat(commands).containsExactly(Command.PAUSE, Command.NEXT, Command.STOP);
        assertThat(captions).containsExactly("Heard: pause", "Heard: next", "Heard: stop");
        assertThat(status).containsExactly("Voice commands on: listening on commands.wav.",
                "The voice recording has ended.");
    }

    @Test
    void aCommandWhoseHandlingFailsLeavesTheRestHeard() throws Exception {
        Path wav = writeWav(dir.resolve("commands.wav"), commandsWithPauses("pause", "next", "stop"),
                AudioSource.FORMAT);
        List<Command> commands = new CopyOnWriteArrayList<>();
        List<String> status = new CopyOnWriteArrayList<>();
        VoiceCommands.start(WavFileSource.fast(wav), EchoGuard.standard(), command -> {
            commands.add(command);
            if (command == Command.PAUSE) {
                throw new IllegalStateException("the session had just ended");
            }
        }, keeping(new CopyOnWriteArrayList<>(), status), VoiceModel.loadNow(Recognition.testModelDir()), () -> 0L)
                .awaitEnd();

        assertThat(commands).containsExactly(Command.PAUSE, Command.NEXT, Command.STOP);
        assertThat(status).containsExactly("Voice commands on: listening on commands.wav.",
                "The voice recording has ended.");
    }

    /** A recording played in as the microphone, for a test to say what echo cancelling did where. */
    private abstract static class CancellingRecording implements AudioSource {
        private final WavFileSource recording;

        CancellingRecording(Path wav) throws IOException {
            recording = WavFileSource.fast(wav);
        }

        @Override
        public String name() {
            return recording.name();
        }

        @Override
        public int read(byte[] buffer) throws IOException {
            return recording.read(buffer);
        }

        @Override
        public void close() {
            recording.close();
        }
    }

    /**
     * The commands the voice input obeys from {@code source}, with {@code guard} told of the app's speech on a clock
     * that starts at 0 with the recording and runs on with it.
     */
    private static List<Command> obeyed(AudioSource source, EchoGuard guard) throws Exception {
        AtomicLong clock = new AtomicLong();
        return obeyed(new ClockedSource(source, clock::addAndGet), guard, clock::get);
    }

    private static List<Command> obeyed(AudioSource source, EchoGuard guard, Clock clock) throws Exception {
        List<Command> commands = new CopyOnWriteArrayList<>();
        VoiceCommands.start(source, guard, commands::add, new VoiceCommands.Listener() {
            @Override
            public void heard(HeardCommand heard, String caption) {
            }

            @Override
            public void status(String line) {
            }
        }, VoiceModel.loadNow(Recognition.testModelDir()), clock).awaitEnd();
        return commands;
    }

    @Test
    void theAppsOwnWordIsKnownAfterTheMicrophoneLostAudio() throws Exception {
        // The reader stalled 2 s after the start and the line overflowed: 1.5 s of audio never reached the stream,
        // so from then on the stream runs 1.5 s behind the clock. Later the app says "Next." and the microphone
        // hears it.
        EspeakSpeaker voice = new EspeakSpeaker("en-us", 150, 50);
        List<Short> out = new ArrayList<>();
        addSilence(out, 16 * 14_000);
        long appFrom = out.size() / 16;
        for (short s : voice.say("Next.")) {
            out.add(s);
        }
        long appTo = out.size() / 16;
        addSilence(out, 16_000);
        Path wav = writeWav(dir.resolve("own.wav"), toArray(out), AudioSource.FORMAT);
        long lostMillis = 1_500;
        EchoGuard guard = new EchoGuard(100, Map.of());
        guard.speaking("Next.", appFrom + lostMillis, appTo + lostMillis);

        AtomicLong clock = new AtomicLong();
        AudioSource microphone = new ClockedSource(WavFileSource.fast(wav), clock::addAndGet).losing(lostMillis, 2_000);
        assertThat(obeyed(microphone, guard, clock::get)).isEmpty();
        AtomicLong again = new AtomicLong();
        assertThat(obeyed(new ClockedSource(WavFileSource.fast(wav), again::addAndGet), guard, again::get))
                .as("heard as the command where the app said nothing").containsExactly(Command.NEXT);
    }

    @Test
    void aWordTheSourceCallsWhatEchoCancellingLeftOfTheAppIsNotObeyed() throws Exception {
        Path wav = writeWav(dir.resolve("commands.wav"), commandsWithPauses("pause", "next", "stop"),
                AudioSource.FORMAT);
        AudioSource cancelling = new CancellingRecording(wav) {
            @Override
            public boolean wasEchoLeftOver(long fromMillis, long toMillis) {
                return fromMillis >= 2_000 && toMillis <= 4_000; // where "next" is
            }
        };

        assertThat(obeyed(cancelling, EchoGuard.standard())).containsExactly(Command.PAUSE, Command.STOP);
    }

    @Test
    void aCommandRightAfterTheAppsWordIsObeyedUnlessTheAppsSoundWasBeingTakenOutThere() throws Exception {
        EspeakSpeaker voice = new EspeakSpeaker("en-us", 150, 50);
        EchoGuard guard = EchoGuard.standard();
        List<Short> out = new ArrayList<>();
        long[] cancellingFrom = new long[1];
        for (String[] pair : new String[][] {{"Seven.", "pause"}, {"Eight.", "next"}}) {
            addSilence(out, 16_000);
            long appFrom = out.size() / 16;
            short[] appWord = voice.say(pair[0]); // the app's word as the microphone heard it
            int end = appWord.length;
            while (end > 0 && Math.abs(appWord[end - 1]) < 300) {
                end--; // without the quiet after it: the command follows the word itself
            }
            for (int i = 0; i < end; i++) {
                out.add(appWord[i]);
            }
            guard.speaking(pair[0], appFrom, out.size() / 16);
            addSilence(out, 1_600);
            for (short s : voice.say(pair[1])) {
                out.add(s);
            }
            cancellingFrom[0] = appFrom - 1_000;
        }
        addSilence(out, 16_000);
        AudioSource source = new CancellingRecording(writeWav(dir.resolve("talk.wav"), toArray(out),
                AudioSource.FORMAT)) {
            @Override
            public boolean wasCancelling(long fromMillis, long toMillis) {
                return fromMillis >= cancellingFrom[0]; // from just before "Eight": its loud sound is not the app's
            }
        };

        assertThat(obeyed(source, guard)).containsExactly(Command.PAUSE);
    }

    private static void addSilence(List<Short> out, int samples) {
        for (int i = 0; i < samples; i++) {
            out.add((short) 0);
        }
    }

    /** A listener that keeps each "Heard: ..." caption in {@code captions} and each status line in {@code status}. */
    private static VoiceCommands.Listener keeping(List<String> captions, List<String> status) {
        return new VoiceCommands.Listener() {
            @Override
            public void heard(HeardCommand heard, String caption) {
                captions.add(caption);
            }

            @Override
            public void status(String line) {
                status.add(line);
            }
        };
    }

    /** A listener that keeps every status line in {@code status} and fails the test on any command. */
    private static VoiceCommands.Listener statusInto(List<String> status) {
        return new VoiceCommands.Listener() {
            @Override
            public void heard(HeardCommand heard, String caption) {
                throw new AssertionError("nothing was said: " + caption);
            }

            @Override
            public void status(String line) {
                status.add(line);
            }
        };
    }

    private static List<String> statusLines(AudioSource input) throws Exception {
        List<String> status = new CopyOnWriteArrayList<>();
        VoiceCommands voice = VoiceCommands.start(input, EchoGuard.standard(), c -> { }, statusInto(status),
                VoiceModel.loadNow(Recognition.testModelDir()), () -> 0L);
        voice.awaitEnd();
        return status;
    }

    @Test
    void aMicrophoneThatStopsSendingSoundTurnsVoiceCommandsOffWithOneLine() throws Exception {
        assertThat(statusLines(new ScriptedInput(0, 50))).containsExactly(
                "Voice commands on: listening on USB microphone.",
                "The microphone stopped. Use the buttons or the pedal.");
    }

    @Test
    void aMicrophoneThatHearsNothingSaysSoUntilItHearsAgain() throws Exception {
        assertThat(statusLines(new ScriptedInput(300, 50))).containsExactly(
                "Voice commands on: listening on USB microphone.",
                "The microphone hears nothing. Is it muted or unplugged?",
                "The microphone hears sound again.",
                "The microphone stopped. Use the buttons or the pedal.");
        assertThat(statusLines(new ScriptedInput(240, 50))).as("4.8 s of silence is no muted microphone")
                .doesNotContain("The microphone hears nothing. Is it muted or unplugged?");
    }

    @Test
    void aMicrophoneUnpluggedMidSessionIsSaidAtOnceAndHeardAgainWhenItWorks() throws Exception {
        int[] tries = {0};
        ReopeningMicrophone mic = new ReopeningMicrophone(() -> {
            if (++tries[0] == 1) {
                throw new AudioUnavailableException("No microphone found.", null);
            }
            return new ScriptedInput(0, 50);
        }, new ScriptedInput(0, 50), new VirtualTime());
        List<String> status = new CopyOnWriteArrayList<>();
        VoiceCommands voice = VoiceCommands.start(mic, EchoGuard.standard(), c -> { }, statusInto(status),
                VoiceModel.loadNow(Recognition.testModelDir()), () -> 0L);
        String again = "The microphone hears sound again.";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            while (!status.contains(again)) {
                Thread.onSpinWait();
            }
        }, "a hang guard: the microphone never came back");
        voice.stop();
        voice.awaitEnd();

        assertThat(status).startsWith("Voice commands on: listening on USB microphone.",
                "The microphone hears nothing. Is it muted or unplugged?", again);
        assertThat(tries[0]).isEqualTo(2);
    }

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

    @Test
    void aMicrophoneNameThatMatchesNoneListsTheMicrophonesThatAreThere() {
        VoiceMessages messages = new VoiceMessages();
        assertThat(MicrophoneSource.notFound(Optional.of("Blue Yeti"), List.of("USB Audio [hw:1,0]", "default"),
                messages)).isEqualTo("There is no microphone called \"Blue Yeti\". Microphones here: "
                        + "USB Audio [hw:1,0], default. Voice commands start when it is plugged in.");
        assertThat(MicrophoneSource.notFound(Optional.of("Blue Yeti"), List.of(), messages))
                .isEqualTo("No microphone found. Plug one in for voice commands.");
    }

    @Test
    void noMicrophoneGivesOneLineAndNoCrash() {
        VoiceMessages messages = new VoiceMessages();
        try (MicrophoneSource mic = MicrophoneSource.open(Optional.of("no such microphone 42"), messages)) {
            throw new AssertionError("a microphone named like that cannot exist: " + mic.name());
        } catch (AudioUnavailableException e) {
            assertThat(e.getMessage()).isEqualTo("No microphone found. Plug one in for voice commands.")
                    .doesNotContain("\n");
        }
    }
}
