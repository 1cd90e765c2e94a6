package org.footcoach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.ClockedSource;
import org.footcoach.listen.cancel.EchoCancellingSource;
import org.footcoach.listen.cancel.PlayedAudio;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.Phrases;
import org.footcoach.session.SessionSettings;
import org.footcoach.speech.EarconSounds;
import org.footcoach.speech.PhraseCache;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.JsonLinesEventLog;

/**
 * Commands said during real sessions of the quick routine ({@code bench/voice/run-live-session.sh}). The app's real
 * session engine, session services ({@link SessionWiring}: phrase cache, live speaker, echo feed, event log), voice
 * input and {@link CommandRouter} run on one virtual clock that the microphone moves; a {@link ScriptedPerson} says
 * {@link LiveScripts}' commands and decoys into a {@link RoomMicrophone} as the sessions really go, and the app's
 * sound, as its {@link VirtualLoudspeaker} really played it, reaches the microphone through a simulated room and the
 * app's echo canceller. Prints, per scenario, what the event log shows became of each command, the false commands,
 * and "stop" while the app is silent and while it speaks. Arguments: the app's voice (default {@code flite}), then
 * scenario ids (default all: quiet clean mixed noise babble).
 */
public final class LiveSessionBenchmark {
    static final String ROUTINE = "quick";
    /** The person's words stand this far over the app's sound at the microphone. */
    private static final double PERSON_OVER_APP_DB = 6;
    /** The room's and the microphone's own hiss, RMS. */
    private static final double HISS = 30;

    private record Result(LiveScenario scenario, LiveTally tally, ScriptedPerson person, long streamMillis,
                          long wallMillis) {
    }

    public static void main(String[] args) throws Exception {
        String appVoice = args.length > 0 ? args[0] : "flite";
        List<String> ids = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Path dir = Files.createDirectories(Path.of("target", "live-session"));
        Content content = ContentLoader.loadBundled().content();
        VoiceCatalog catalog = VoiceCatalog.detect();
        List<Result> results = new ArrayList<>();
        for (LiveScenario scenario : LiveScenario.all()) {
            if (ids.isEmpty() || ids.contains(scenario.id())) {
                results.add(run(scenario, content, catalog, appVoice, dir));
                System.err.printf(Locale.ROOT, "%s done: %d s of sessions in %d s%n", scenario.id(),
                        results.get(results.size() - 1).streamMillis() / 1000,
                        results.get(results.size() - 1).wallMillis() / 1000);
            }
        }
        print(results, appVoice);
    }

    private static Result run(LiveScenario scenario, Content content, VoiceCatalog catalog, String appVoice,
                              Path dir) throws Exception {
        long wallStart = System.nanoTime();
        SharedVirtualClock clock = new SharedVirtualClock();
        Path events = dir.resolve(scenario.id() + ".events.jsonl");
        Files.deleteIfExists(events);
        ScriptedPerson person;
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            PlayedAudio played = new PlayedAudio(3);
            VirtualLoudspeaker loudspeaker = new VirtualLoudspeaker(played::played);
            PhraseCache cache = new PhraseCache(catalog.voice(appVoice), RecordedClips.none(), EarconSounds.load());
            CompletableFuture<AudioSource> microphone = new CompletableFuture<>();
            VoiceInput voice = VoiceInput.start(missing -> opened(microphone), LiveSessionBenchmark::model, log,
                    clock);
            try (SessionWiring wiring = SessionWiring.start(cache, loudspeaker, log, voice)) {
                CommandRouter router = new CommandRouter(log, wiring::playHeardYou);
                wiring.voiceCommands().to(command -> router.send(command, CommandSource.VOICE));
                LiveSessions sessions = new LiveSessions(content, ROUTINE, wiring.services(), clock, router);
                cache.prepare(new Phrases().withControls(wiring.services().controls())).join();
                cache.prepare(sessions.plan()).join();

                person = new ScriptedPerson(LiveScripts.quickRoutine(), scenario.voices(), sessions::start,
                        router::send);
                double personLevel = Loudness.speechRms(person.renderAll());
                short[] background = scenario.background().make();
                double backgroundGain = background.length == 0 ? 0
                        : personLevel / (Loudness.rms(background, 0, background.length)
                                * Math.pow(10, scenario.snrDb() / 20));
                double echoGain = scenario.appHeard()
                        ? personLevel / (Math.pow(10, PERSON_OVER_APP_DB / 20) * appLevelInTheRoom(cache, sessions))
                        : 0;
                microphone.complete(new ClockedSource(new EchoCancellingSource(
                        new RoomMicrophone(person, loudspeaker, echoGain, background, backgroundGain, HISS), played),
                        clock::advanceBy));
                voice.started().get(120, TimeUnit.SECONDS).awaitEnd();
            }
        }
        LiveTally tally = new LiveTally(person.said(), person.appSpeech(), new EventLines(events));
        return new Result(scenario, tally, person, clock.millis(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - wallStart));
    }

    private static AudioSource opened(CompletableFuture<AudioSource> microphone) throws IOException,
            InterruptedException {
        try {
            return microphone.get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /** The speech level of the routine's first sentences as the room brings them to the microphone. */
    private static double appLevelInTheRoom(PhraseCache cache, LiveSessions sessions) {
        List<short[]> heard = new ArrayList<>();
        for (Cue cue : CueTimeline.render(sessions.plan(), cache, SessionSettings.headless())) {
            if (cue instanceof Cue.Speech && heard.size() < 20) {
                heard.add(SimulatedRoom.Room.THREE_WALL_ECHOES.hear(cache.pcmOf(cue).samples()));
            }
        }
        return Loudness.speechRms(heard);
    }

    private static VoiceModel model() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(List<Result> results, String appVoice) {
        System.out.printf(Locale.ROOT, "Routine \"%s\" led by the app in %s, twelve sessions a scenario; the person "
                + "%.0f dB over the app's sound at the microphone where it reaches it (%s), hiss RMS %.0f.%n%n",
                ROUTINE, appVoice, PERSON_OVER_APP_DB, SimulatedRoom.Room.THREE_WALL_ECHOES.label(), HISS);
        System.out.println("| scenario | commands said | obeyed | not obeyed, by what became of them | false commands "
                + "| \"stop\" obeyed: app silent / app speaking | decoys said | delay after the word: median / max |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            LiveTally t = r.tally();
            long said = t.outcomes().size();
            long[] silent = t.stops(false);
            long[] speaking = t.stops(true);
            long[] delay = t.delays();
            System.out.printf(Locale.ROOT,
                    "| %s | %d | %.1f %% (%d) | %s | %d | %d of %d / %d of %d | %d | %d / %d ms |%n",
                    r.scenario().label(), said, 100.0 * t.obeyed() / Math.max(1, said), t.obeyed(),
                    notObeyed(t.notObeyed()), t.falseCommands().size(), silent[0], silent[1], speaking[0],
                    speaking[1], t.decoys(), delay[0], delay[1]);
        }
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%n%s (%s of sessions, %d s to run):%n", r.scenario().label(),
                    LiveTally.clock(r.streamMillis()), r.wallMillis() / 1000);
            for (LiveTally.Outcome o : r.tally().outcomes()) {
                if (!o.obeyed()) {
                    System.out.printf(Locale.ROOT, "  not obeyed: \"%s\" (%s) at %s, session %d, app %s: %s%n",
                            o.said().words(), o.said().voice(), LiveTally.clock(o.said().fromMillis()),
                            o.said().run(), o.appSpeaking() ? "speaking" : "silent", o.outcome());
                }
            }
            r.tally().falseCommands().forEach(f -> System.out.println("  false command: " + f));
            r.person().skipped().forEach(s -> System.out.println("  " + s));
            r.person().helped().forEach(h -> System.out.println("  helper: " + h));
        }
    }

    private static String notObeyed(Map<String, Long> byOutcome) {
        return byOutcome.isEmpty() ? "none" : byOutcome.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
