package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.VoiceCommands;
import org.footcoach.listen.VoiceModel;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.OfflineRender;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app never obeys itself: the full routine's own exported audio, in each installed voice, played into the app's voice input as
 * if the microphone heard the loudspeaker, with the echo guard fed the same cues on the same timeline by the session
 * listener the app uses, gives no command at all, not even from the app's own "Stop if it hurts." It takes about a
 * minute a voice; {@code -Decho.routine=quick} (or another routine id) checks a shorter routine.
 */
class OwnVoiceEchoTest {
    @TempDir
    Path temp;

    static List<String> installedVoices() {
        return VoiceCatalog.detect().names();
    }

    @ParameterizedTest
    @MethodSource("installedVoices")
    void theFullRoutinesOwnAudioGivesNoCommand(String voiceName) throws Exception {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), System.getProperty("echo.routine", "full"));
        Path wav = temp.resolve("full.wav");
        List<Cue> cues;
        try (PhraseCache cache = new PhraseCache(VoiceCatalog.detect().voice(voiceName), RecordedClips.none(), EarconSounds.load())) {
            new OfflineRender(cache, SessionSettings.headless()).export(plan, wav, temp.resolve("full.vtt"));
            cues = CueTimeline.render(plan, cache, SessionSettings.headless());
        }

        SharedVirtualClock clock = new SharedVirtualClock();
        List<Command> obeyed = new CopyOnWriteArrayList<>();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(() -> new ClockedSource(WavFileSource.fast(wav), clock),
                    () -> testModel(), log, clock);
            voice.route().to(obeyed::add);
            SessionListener echoFeed = voice.echoFeed();
            echoFeed.sessionStarted(plan, 0);
            for (Cue cue : cues) {
                clock.at(cue.atMillis(), () -> echoFeed.cue(cue));
            }
            VoiceCommands commands = voice.started().get(60, TimeUnit.SECONDS);
            commands.awaitEnd();
            voice.close();
        }

        assertThat(clock.millis()).as("the whole track was heard").isGreaterThan(cues.get(cues.size() - 1).endMillis());
        StringBuilder where = new StringBuilder();
        for (var heard : new EventLines(events).ofType("voice-heard")) {
            long at = heard.get("stream_ms").getAsLong();
            Cue near = cues.stream().filter(c -> c.isSpeech() && c.atMillis() <= at).reduce((a, b) -> b).orElse(null);
            where.append(heard.get("phrase").getAsString()).append(" at ").append(at).append(" ms, after \"")
                    .append(near == null ? "" : near.text()).append("\" (").append(near == null ? 0 : near.atMillis())
                    .append("-").append(near == null ? 0 : near.endMillis()).append(")\n");
        }
        assertThat(obeyed).as("commands from the app's own voice:%n%s", where).isEmpty();
        assertThat(new EventLines(events).ofType("voice-heard")).isEmpty();
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
