package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.listen.Recordings.commandsWithPauses;
import static org.footcoach.listen.Recordings.writeWav;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.listen.recognise.ModelCache;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service: a recording in, commands and "heard" captions out, on its own thread. */
class VoiceCommandsTest {

    @TempDir
    Path dir;

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

    /** A listener that keeps each "Heard: ..." caption in {@code captions} and each status line in {@code status}. */
    private static VoiceCommands.Listener keeping(List<String> captions, List<String> status) {
        return new VoiceCommands.Listener() {
            @Override
            public void heard(HeardCommand heard, String caption) {
                captions.add(caption);
            }

            @Override
            public void ignored(RefusedCommand refused) {
                // These tests look at what was taken; VoiceCommandsEchoTest looks at what was not.
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
            public void ignored(RefusedCommand refused) {
                throw new AssertionError("nothing was said: " + refused.phrase());
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
    void aModelThatCannotLoadIsSaidInPlainWordsAndWhyGoesToTheLog() throws Exception {
        ModelCache broken = new ModelCache(dir.resolve("cache"), () -> {
            throw new IOException("The archive is gone.");
        });
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(VoiceCommands.class.getName());
        List<String> status = new CopyOnWriteArrayList<>();
        logger.addHandler(handler);
        try {
            VoiceCommands.start(new ScriptedInput(0, 50), EchoGuard.standard(), c -> { }, statusInto(status),
                    VoiceModel.loadInBackground(broken), () -> 0L).awaitEnd();
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(status).containsExactly("The voice model cannot be loaded. Voice commands are off.");
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown()).hasMessage("The archive is gone."));
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
}
