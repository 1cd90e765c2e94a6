package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footcoach.listen.Recordings.addSilence;
import static org.footcoach.listen.Recordings.commandsWithPauses;
import static org.footcoach.listen.Recordings.toArray;
import static org.footcoach.listen.Recordings.writeWav;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.groups.Tuple;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service and the app's own voice: what the echo guard and echo cancelling say is not obeyed. */
class VoiceCommandsEchoTest {

    @TempDir
    Path dir;
    /** What the recogniser heard and did not take, with why. */
    private final List<RefusedCommand> ignored = new CopyOnWriteArrayList<>();

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
    private List<Command> obeyed(AudioSource source, EchoGuard guard) throws Exception {
        AtomicLong clock = new AtomicLong();
        return obeyed(new ClockedSource(source, clock::addAndGet), guard, clock::get);
    }

    private List<Command> obeyed(AudioSource source, EchoGuard guard, Clock clock) throws Exception {
        List<Command> commands = new CopyOnWriteArrayList<>();
        VoiceCommands.start(source, guard, commands::add, new VoiceCommands.Listener() {
            @Override
            public void heard(HeardCommand heard, String caption) {
            }

            @Override
            public void ignored(RefusedCommand refused) {
                ignored.add(refused);
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
        assertThat(ignored).as("the refusal is told, with its reason").isNotEmpty()
                .allSatisfy(refused -> {
                    assertThat(refused.command()).isEqualTo(Command.NEXT);
                    assertThat(refused.reason()).isEqualTo(RefusedCommand.Reason.OWN_VOICE);
                    assertThat(refused.phrase()).isEqualTo("next");
                });
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
    void whereTheAppsSoundWasLeftInOnlyStopIsObeyed() throws Exception {
        Path wav = writeWav(dir.resolve("commands.wav"), commandsWithPauses("pause", "next", "stop"),
                AudioSource.FORMAT);
        EchoGuard guard = EchoGuard.standard();
        guard.sounding(0, 20_000); // the app played all along, no word of it a command's
        AudioSource noisyRoom = new CancellingRecording(wav) {
            @Override
            public boolean wasEchoLeftIn(long fromMillis, long toMillis) {
                return true; // the canceller could not take the app's sound out, and it was a large part of each word
            }
        };

        assertThat(obeyed(noisyRoom, guard)).containsExactly(Command.STOP);
        assertThat(ignored).extracting(RefusedCommand::command, RefusedCommand::reason).containsExactly(
                Tuple.tuple(Command.PAUSE, RefusedCommand.Reason.OWN_ECHO),
                Tuple.tuple(Command.NEXT, RefusedCommand.Reason.OWN_ECHO));
        ignored.clear();
        assertThat(obeyed(new CancellingRecording(wav) {
            @Override
            public boolean wasEchoLeftIn(long fromMillis, long toMillis) {
                return true;
            }
        }, EchoGuard.standard())).as("where the app played nothing, nothing of it can be in a word")
                .containsExactly(Command.PAUSE, Command.NEXT, Command.STOP);
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
}
