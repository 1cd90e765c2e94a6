package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.ClockedSource;
import org.footcoach.listen.VoiceCommands;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Earcon;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionState;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session led by a recording of spoken commands alone: start, ready, pause, resume, done in the middle of a
 * hold, repeat, next, back and stop. The recording is made with espeak-ng, each word at the moment a person would
 * say it (worked out by {@link VoiceScript}); it is fed through the app's voice input on the session's virtual clock,
 * faster than real time, and the event log must show each command from the voice at that moment.
 */
class VoiceDrivenSessionTest {
    private static final String ROUTINE = "quick";
    /**
     * How late a command may land after its planned moment (the recogniser decides about half a second after the
     * word; espeak-ng's clip ends in a short silence, so it is often sooner).
     */
    private static final long TOLERANCE_MILLIS = 400;

    @TempDir
    Path temp;

    private final EspeakSpeaker person = new EspeakSpeaker("en-us", 150, 50);
    private final Map<String, short[]> words = new HashMap<>();

    private short[] say(String word) {
        return words.computeIfAbsent(word, person::say);
    }

    /** The quick routine: reps, a seated hold, then standing work that waits for "ready". */
    private static List<VoiceScript.Step> script() {
        return List.of(
                new VoiceScript.Step("start", Command.GO, m -> m.now() >= 1000),
                new VoiceScript.Step("next", Command.NEXT,
                        m -> m.state() == SessionState.COUNTING && m.count().orElse(0) >= 2),
                new VoiceScript.Step("pause", Command.PAUSE,
                        m -> m.state() == SessionState.HOLDING && m.count().orElse(0) >= 3),
                new VoiceScript.Step("resume", Command.GO,
                        m -> m.state() == SessionState.PAUSED && m.silentFor(1500)),
                new VoiceScript.Step("done", Command.DONE,
                        m -> m.state() == SessionState.HOLDING && m.sinceCommand(3000)),
                new VoiceScript.Step("repeat", Command.REPEAT,
                        m -> m.state() == SessionState.RESTING && m.silentFor(1000)),
                new VoiceScript.Step("next", Command.NEXT, m -> m.sinceCommand(3000) && m.silentFor(1500)),
                new VoiceScript.Step("ready", Command.GO,
                        m -> m.state() == SessionState.WAITING_FOR_GO && m.silentFor(1500)),
                new VoiceScript.Step("back", Command.BACK,
                        m -> m.state() == SessionState.COUNTING && m.sinceCommand(3000)),
                new VoiceScript.Step("stop", Command.STOP, m -> m.sinceCommand(3000)));
    }

    @Test
    void aRecordingOfSpokenCommandsAloneLeadsTheSessionAndTheLogShowsEachFromTheVoice() throws Exception {
        Content content = ContentLoader.loadBundled().content();
        WordRateLength lengths = WordRateLength.typical();
        List<VoiceScript.Said> said = VoiceScript.plan(content, ROUTINE, lengths, script(),
                word -> say(word).length / 16L);
        Path recording = writeRecording(said);

        SharedVirtualClock clock = new SharedVirtualClock();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            SessionEngine engine = new SessionEngine(new PlanBuilder().build(content, ROUTINE), clock, clock,
                    lengths, SessionSettings.defaults());
            VoiceInput voice = VoiceInput.start(missing -> new ClockedSource(WavFileSource.fast(recording), clock::advanceBy),
                    () -> testModel(), log, clock);
            engine.addListener(new SessionEventLog(log));
            engine.addListener(voice.echoFeed());
            // As in the app: the router takes what the voice input heard to the engine, logs it and answers it
            // with the "heard you" sound, which the echo guard is told of.
            CommandRouter router = new CommandRouter(log,
                    () -> voice.soundingNow(lengths.earconMillis(Earcon.HEARD_YOU)));
            router.show(new CommandRouter.Front(engine, engine::onEngineThread, command -> { }));
            voice.route().to(command -> router.send(command, CommandSource.VOICE));

            VoiceCommands commands = voice.started().get(60, TimeUnit.SECONDS);
            commands.awaitEnd();
            clock.advanceBy(30_000); // the stop's closing words
            voice.close();
        }

        EventLines lines = new EventLines(events);
        List<JsonObject> commands = lines.ofType("command");
        assertThat(commands).extracting(c -> c.get("name").getAsString())
                .containsExactlyElementsOf(said.stream().map(s -> s.command().logName()).toList());
        assertThat(commands).allSatisfy(c -> {
            assertThat(c.get("source").getAsString()).isEqualTo("voice");
            assertThat(c.get("acted").getAsBoolean()).as("acted: %s", c).isTrue();
        });
        for (int i = 0; i < said.size(); i++) {
            assertThat(commands.get(i).get("t_ms").getAsLong()).as("\"%s\" takes effect", said.get(i).word())
                    .isBetween(said.get(i).saidAt(), said.get(i).actsAt() + TOLERANCE_MILLIS);
        }
        List<JsonObject> heard = lines.ofType("voice-heard");
        assertThat(heard).hasSameSizeAs(commands);
        for (int i = 0; i < heard.size(); i++) {
            // The session answers a command (earcon, "Heard: ..." caption, log line) in the same listener call.
            assertThat(commands.get(i).get("t_ms").getAsLong() - heard.get(i).get("t_ms").getAsLong())
                    .as("\"%s\" answered after it was heard", said.get(i).word()).isBetween(0L, 250L);
            if (!heard.get(i).get("partial").getAsBoolean()) {
                // The recording starts with the clock, so its positions are clock times.
                assertThat(heard.get(i).get("said_from_stream_ms").getAsLong())
                        .as("where \"%s\" was said", said.get(i).word())
                        .isBetween(said.get(i).saidAt() - 200, said.get(i).saidAt() + said.get(i).lengthMillis());
            }
        }
        long doneAt = commands.get(4).get("t_ms").getAsLong();
        assertThat(lines.ofType("hold-ended")).as("done ends the hold early")
                .anySatisfy(h -> {
                    assertThat(h.get("ended_early").getAsBoolean()).isTrue();
                    assertThat(h.get("t_ms").getAsLong()).isEqualTo(doneAt);
                });
        List<Integer> exercises = lines.ofType("exercise-started").stream()
                .map(e -> e.get("number").getAsInt()).toList();
        assertThat(exercises.subList(exercises.size() - 2, exercises.size())).as("next, then back")
                .satisfies(last -> assertThat(last.get(1)).isEqualTo(last.get(0) - 1));
        assertThat(lines.ofType("session-ended")).singleElement()
                .satisfies(e -> assertThat(e.get("stopped_early").getAsBoolean()).isTrue());
    }

    private Path writeRecording(List<VoiceScript.Said> said) throws IOException {
        VoiceScript.Said last = said.get(said.size() - 1);
        short[] pcm = new short[(int) ((last.actsAt() + 2000) * 16)];
        for (VoiceScript.Said s : said) {
            short[] word = say(s.word());
            System.arraycopy(word, 0, pcm, (int) (s.saidAt() * 16), word.length);
        }
        return VoiceCommandsRecording.write(temp.resolve("commands.wav"), pcm);
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
