package org.footcoach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.ClockedSource;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.Cues;
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

/**
 * The app's voice input hearing the app's own routine: the routine is exported in one voice, and a recording of it
 * (as played, or as a microphone in some room heard it) is fed to the voice input as the microphone, with the echo
 * guard fed the routine's cues on the recording's timeline by the session listener the app uses.
 */
final class OwnVoiceHearing {

    /** A routine exported to {@code wav}, with the cues the app would give while playing it. */
    record Rendered(Plan plan, Path wav, List<Cue> cues) {
    }

    /** What the voice input did with one recording: the commands obeyed, and where each word it acted on fell. */
    record Heard(List<Command> obeyed, List<String> where, long heardToMillis) {
    }

    private OwnVoiceHearing() {
    }

    static Rendered render(String voiceName, String routine, Path dir) {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), routine);
        Path wav = dir.resolve(routine + ".wav");
        try (PhraseCache cache = new PhraseCache(VoiceCatalog.detect().voice(voiceName), RecordedClips.none(),
                EarconSounds.load())) {
            new OfflineRender(cache, SessionSettings.headless()).export(plan, wav, dir.resolve(routine + ".vtt"));
            return new Rendered(plan, wav, CueTimeline.render(plan, cache, SessionSettings.headless()));
        }
    }

    /** Feeds the recording {@code microphone} to a fresh voice input as fast as it goes. */
    static Heard hear(Rendered routine, Path microphone, Path events) throws Exception {
        return hear(routine, missing -> WavFileSource.fast(microphone), events);
    }

    /** Feeds what {@code microphone} opens to a fresh voice input; {@code events} gets the event log. */
    static Heard hear(Rendered routine, VoiceInput.Opener microphone, Path events) throws Exception {
        SharedVirtualClock clock = new SharedVirtualClock();
        List<Command> obeyed = new CopyOnWriteArrayList<>();
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(missing -> new ClockedSource(microphone.open(missing), clock::advanceBy),
                    OwnVoiceHearing::testModel, log, clock);
            voice.route().to(obeyed::add);
            SessionListener echoFeed = voice.echoFeed();
            for (Cue cue : routine.cues()) {
                clock.at(cue.atMillis(), () -> echoFeed.cue(cue));
            }
            voice.started().get(60, TimeUnit.SECONDS).awaitEnd();
            voice.close();
        }
        List<String> where = new ArrayList<>();
        for (var heard : new EventLines(events).ofType("voice-heard")) {
            long from = heard.get("said_from_stream_ms").getAsLong();
            long at = heard.get("stream_ms").getAsLong();
            List<String> said = Cues.speech(routine.cues()).stream()
                    .filter(c -> c.atMillis() <= at && c.endMillis() >= from - 1000)
                    .map(c -> String.format("\"%s\" (%d-%d)", c.text(), c.atMillis(), c.endMillis())).toList();
            where.add(String.format("%s said from %d ms, taken at %d ms, while or just after %s",
                    heard.get("phrase").getAsString(), from, at, String.join(", ", said)));
        }
        return new Heard(List.copyOf(obeyed), where, clock.millis());
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
