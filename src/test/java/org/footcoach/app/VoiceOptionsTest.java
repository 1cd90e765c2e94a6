package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.ScriptedInput;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.listen.cancel.PlayedAudio;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.VirtualClock;
import org.footcoach.store.EventLog;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voice-command flags, and voice commands switching off with one line when the input is missing. */
class VoiceOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> banner = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @Test
    void helpListsTheVoiceCommandOptionsWithTheirDescriptions() {
        int code = Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err));

        ResourceBundle cli = ResourceBundle.getBundle(CliText.BUNDLE_NAME);
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--no-voice-commands", "--mic=NAME", "--mic-file=FILE.wav")
                .contains(cli.getString("no-voice-commands").substring(0, 30))
                .contains(cli.getString("mic-file").substring(0, 30));
    }

    @Test
    void aMissingRecordingIsOneLineAndExitOneBeforeAnyWindow() {
        Path missing = temp.resolve("nobody-said.wav");

        int code = Main.run(new String[] {"--mic-file", missing.toString()}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .isEqualTo(CliText.get("error.micFile", missing, CliText.get("file.missing")))
                .endsWith("nobody-said.wav: there is no such file.");
    }

    @Test
    void theFlagsGiveTheChoice() {
        assertThat(new VoiceInputChoice(true, null, null).on()).isTrue();
        assertThat(VoiceInputChoice.off().on()).isFalse();
        assertThat(VoiceInput.off(EventLog.discarding(), new VirtualClock()).listening()).isFalse();
        assertThat(new LaunchOptions(null, null, null, null, null).voiceInput()).isEqualTo(VoiceInputChoice.off());
    }

    @Test
    void anInputThatCannotBeOpenedTurnsVoiceCommandsOffWithOneLineOnScreenAndInTheLog() throws IOException {
        String line = new VoiceMessages().format("file.not-wav", "talk.wav");
        VirtualClock clock = new VirtualClock();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(missing -> {
                throw new AudioUnavailableException(line, null);
            }, VoiceOptionsTest::noModel, log, clock);
            assertThatThrownBy(() -> voice.started().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
            assertThat(voice.listening()).isFalse();
            voice.onNotices(banner::add, passed -> { });
            voice.route().send(org.footcoach.session.Command.PAUSE); // goes nowhere, no harm
            voice.close();
        }

        assertThat(banner).containsExactly(line);
        assertThat(new EventLines(events).ofType("voice-unavailable")).singleElement()
                .satisfies(e -> assertThat(e.get("reason").getAsString()).isEqualTo(line));
    }

    private static VoiceInput startWithTestModel(AudioSource input, EventLog log, VirtualClock clock) {
        return VoiceInput.start(missing -> input, VoiceOptionsTest::testModel, log, clock);
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMicrophonePluggedInLaterIsWaitedForWithOneLineThatGoesWhenItIsThere() throws Exception {
        String line = new VoiceMessages().format("status.no-microphone");
        List<String> withdrawn = new CopyOnWriteArrayList<>();
        CountDownLatch pluggedIn = new CountDownLatch(1);
        VirtualClock clock = new VirtualClock();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(missing -> {
                missing.accept(line);
                pluggedIn.await();
                return new ScriptedInput(0, 25);
            }, VoiceOptionsTest::testModel, log, clock);
            voice.onNotices(banner::add, withdrawn::add);
            assertThat(voice.awaitInputCheck(10_000)).as("the first screen need not wait for a microphone").isTrue();
            assertThat(banner).containsExactly(line);
            assertThat(voice.started()).isNotDone();
            assertThat(voice.listening()).as("prompts ask for no word while no microphone is there").isFalse();

            pluggedIn.countDown();
            voice.started().get(60, TimeUnit.SECONDS).awaitEnd();
            assertThat(voice.listening()).isTrue();
            voice.close();
            assertThat(voice.listening()).isFalse();
        }

        assertThat(withdrawn).containsExactly(line);
        assertThat(new EventLines(events).types()).containsSubsequence("voice-unavailable", "voice-listening");
        assertThat(new EventLines(events).ofType("voice-unavailable").get(0).get("reason").getAsString())
                .isEqualTo(line);
    }

    /** A microphone that, once {@code deviceAnswers} opens, is missing for {@code line} and never plugged in. */
    private static VoiceInput.Opener neverPluggedIn(String line, CountDownLatch deviceAnswers) {
        return missing -> {
            deviceAnswers.await();
            missing.accept(line);
            new CountDownLatch(1).await();
            throw new AssertionError("the wait ends only by interruption");
        };
    }

    private static VoiceModel noModel() {
        throw new AssertionError("no model is loaded without an input");
    }

    @Test
    void closedWhileWaitingForAMicrophoneItStopsWaiting() throws Exception {
        String line = new VoiceMessages().format("status.no-microphone");
        VirtualClock clock = new VirtualClock();
        try (JsonLinesEventLog log = JsonLinesEventLog.open(temp.resolve("events.jsonl"), clock)) {
            VoiceInput voice = VoiceInput.start(neverPluggedIn(line, new CountDownLatch(0)), VoiceOptionsTest::noModel,
                    log, clock);
            assertThat(voice.awaitInputCheck(10_000)).isTrue();

            voice.close();

            assertThatThrownBy(() -> voice.started().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void aMicrophoneThatStopsMidSessionPutsOneLineOnScreenAndInTheLog() throws Exception {
        String line = new VoiceMessages().format("status.input-stopped");
        VirtualClock clock = new VirtualClock();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = startWithTestModel(new ScriptedInput(0, 25), log, clock);
            voice.onNotices(banner::add, passed -> { });
            voice.started().get(60, TimeUnit.SECONDS).awaitEnd();
            voice.close();
        }

        assertThat(banner).containsExactly(line);
        assertThat(new EventLines(events).ofType("voice-unavailable")).singleElement()
                .satisfies(e -> assertThat(e.get("reason").getAsString()).isEqualTo(line));
        assertThat(new EventLines(events).ofType("voice-input-ended")).as("a microphone is no recording").isEmpty();
    }

    @Test
    void aMicrophoneThatHearsNothingIsShownUntilItHearsAgain() throws Exception {
        List<String> withdrawn = new CopyOnWriteArrayList<>();
        String nothing = new VoiceMessages().format("status.hears-nothing");
        VirtualClock clock = new VirtualClock();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = startWithTestModel(new ScriptedInput(300, 20), log, clock);
            voice.onNotices(banner::add, withdrawn::add);
            voice.started().get(60, TimeUnit.SECONDS).awaitEnd();
            voice.close();
        }

        assertThat(banner).containsExactly(nothing, new VoiceMessages().format("status.input-stopped"));
        assertThat(withdrawn).containsExactly(nothing);
        assertThat(new EventLines(events).types()).containsSubsequence("voice-listening", "voice-hears-nothing",
                "voice-hears-again", "voice-unavailable");
    }

    @Test
    void aNoticeThatHasPassedLeavesTheBanner() {
        BannerLines lines = new BannerLines(banner::add);
        lines.add("Sound is off.");
        lines.add("The microphone hears nothing.");
        lines.remove("The microphone hears nothing.");
        lines.remove("The microphone hears nothing.");
        lines.remove("Sound is off.");

        assertThat(banner).containsExactly("Sound is off.", "Sound is off.\nThe microphone hears nothing.",
                "Sound is off.", "");
    }

    /** So the launch can put the "no microphone" line on screen before the first screen (nothing moves later). */
    @Test
    void theInputCheckEndsOnceTheMicrophoneIsOpenedOrWaitedFor() throws Exception {
        String line = new VoiceMessages().format("status.no-microphone");
        CountDownLatch deviceAnswers = new CountDownLatch(1);
        VirtualClock clock = new VirtualClock();
        try (JsonLinesEventLog log = JsonLinesEventLog.open(temp.resolve("events.jsonl"), clock)) {
            VoiceInput voice = VoiceInput.start(neverPluggedIn(line, deviceAnswers), VoiceOptionsTest::noModel, log,
                    clock);
            voice.onNotices(banner::add, passed -> { });
            assertThat(voice.awaitInputCheck(0)).as("the device has not answered").isFalse();
            assertThat(banner).isEmpty();

            deviceAnswers.countDown();
            assertThat(voice.awaitInputCheck(10_000)).isTrue();
            assertThat(banner).as("the line is there when the check ends").containsExactly(line);
            voice.close();
        }
        try (JsonLinesEventLog log = JsonLinesEventLog.open(temp.resolve("off.jsonl"), clock)) {
            assertThat(VoiceInput.off(log, clock).awaitInputCheck(0)).as("voice commands off: nothing to wait for")
                    .isTrue();
        }
    }

    @Test
    void turnedOffNothingListensAndTheLogSaysSo() throws IOException {
        VirtualClock clock = new VirtualClock();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(VoiceInputChoice.off(), new PlayedAudio(1), log, clock);
            voice.onNotices(banner::add, passed -> { });
            assertThat(voice.started()).isNotDone();
            voice.close();
        }
        assertThat(new EventLines(events).types()).containsExactly("voice-off");
        assertThat(banner).isEmpty();
    }

    @Test
    void noSoundAndNoVoiceCommandsShareTheBanner() {
        BannerLines lines = new BannerLines(banner::add);
        lines.add("Sound is off.");
        lines.add("No microphone found.");
        lines.add("Sound is off.");

        assertThat(banner).containsExactly("Sound is off.", "Sound is off.\nNo microphone found.");
    }
}
