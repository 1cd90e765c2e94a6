package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.ClockedSource;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.footcoach.session.Cues;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.ReadyMode;
import org.footcoach.session.Scheduler;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.footcoach.speech.PlaybackTap;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no sound played ({@code --audio-out none}), nothing the app "says" can be its own echo, so the echo guard must
 * drop nothing: a person says a command over every different sentence of the full routine's script (the command
 * whose word, or a word measured as sounding like it, is in that sentence, where there is one), and the voice input
 * gives every one of them to the command path. The session runs with the app's real wiring on a virtual clock that
 * the microphone recording drives; the commands go to a list, so the routine keeps its course.
 */
class CommandsOverASilentAppTest {
    private static final String ROUTINE = "full";
    /** The person starts speaking at least this far inside a sentence, where the guard would look. */
    private static final long INTO_SENTENCE_MILLIS = 150;
    /** Time between one command and the next, so each is said apart and answered before the next. */
    private static final long BETWEEN_COMMANDS_MILLIS = 2_000;

    /**
     * The share the model alone hears of this person's commands: 89 to 92 % in runs so far. The corpus gives about
     * 95 % of clean commands; this voice's "go on" is never heard at all (bench/RESULTS.md, "Live sessions"), and a
     * few others fall under the confidence floor.
     */
    private static final int MODEL_CEILING_PERCENT = 85;

    @TempDir
    Path temp;

    private final EspeakSpeaker person = new EspeakSpeaker("en-us", 150, 50);
    private final CommandGrammar grammar = CommandGrammar.standard();

    @Test
    void everyCommandSaidOverTheScriptIsObeyedWhenNothingIsPlayed() throws Exception {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), ROUTINE);
        List<Cue.Speech> script = Cues.speech(timeline(plan));
        List<Said> said = sayOverEverySentence(script);
        Path recording = record(said, script.get(script.size() - 1).atMillis() + 10_000);

        SharedVirtualClock clock = new SharedVirtualClock();
        List<Command> obeyed = new CopyOnWriteArrayList<>();
        List<Cue> heardOver;
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            VoiceInput voice = VoiceInput.start(
                    missing -> new ClockedSource(WavFileSource.fast(recording), clock::advanceBy),
                    CommandsOverASilentAppTest::testModel, log, clock);
            voice.route().to(obeyed::add);
            heardOver = run(plan, clock, log, voice,
                    () -> voice.started().get(60, TimeUnit.SECONDS).awaitEnd());
            // The wiring has closed it already, as the app's window does too: closing twice must be harmless.
            voice.close();
        }

        assertThat(Cues.speech(heardOver)).as("the session ran as planned").isEqualTo(script);
        String saidOver = String.join("\n", said.stream().map(Said::toString).toList());
        List<JsonObject> refused = new EventLines(events).ofType("voice-ignored");
        assertThat(refused).as("taken for the app's own words, which were never played")
                .noneMatch(r -> r.get("reason").getAsString().equals(RefusedCommand.Reason.OWN_VOICE.logName()));
        List<Command> commands = said.stream().map(s -> grammar.commandFor(s.phrase()).orElseThrow()).toList();
        assertThat(commands).as("commands obeyed, in the order said over:%n%s", saidOver).containsSubsequence(obeyed);
        // The model alone misses a few words (low confidence); the refusals above say which. All the rest are obeyed.
        assertThat(obeyed.size()).as("commands obeyed of %d said; refused: %s", said.size(), refused)
                .isGreaterThanOrEqualTo(said.size() * MODEL_CEILING_PERCENT / 100);
    }

    private List<Cue> timeline(Plan plan) throws Exception {
        VirtualClock clock = new VirtualClock();
        try (JsonLinesEventLog log = JsonLinesEventLog.open(temp.resolve("timeline.jsonl"), clock);
             VoiceInput off = VoiceInput.off(log, clock)) {
            return run(plan, clock, log, off, clock::runUntilIdle);
        }
    }

    private interface Until {
        void run() throws Exception;
    }

    /**
     * Runs a whole session with the app's wiring and its sound off on {@code clock}, telling {@code voice} what the
     * app "says" as the app does, until {@code until} returns. Returns the cues given.
     */
    private <C extends Clock & Scheduler> List<Cue> run(Plan plan, C clock, JsonLinesEventLog log, VoiceInput voice,
                                                       Until until) throws Exception {
        List<Cue> cues = new CopyOnWriteArrayList<>();
        try (SessionWiring wiring = SessionWiring.start(VoiceCatalog.detect(), "freetts", AudioOutMode.NONE,
                temp.resolve("voice"), log, voice, PlaybackTap.NONE)) {
            SessionServices services = wiring.services();
            // Lengths by word count, not the voice's: the same in both runs, however far the background rendering got.
            SessionEngine engine = new SessionEngine(plan, clock, clock, WordRateLength.typical(),
                    SessionSettings.defaults().withReadyMode(ReadyMode.COUNTDOWN));
            services.listeners().forSession(clock).forEach(engine::addListener);
            engine.addListener(new SessionListener() {
                @Override
                public void cue(Cue cue) {
                    cues.add(cue);
                }
            });
            engine.start();
            until.run();
        }
        return cues;
    }

    /**
     * One command over the first time each different sentence is said where the last command is far enough back:
     * the command the sentence sounds like when it has one, otherwise the next in turn, so every phrase is said.
     */
    private List<Said> sayOverEverySentence(List<Cue.Speech> script) {
        Map<String, List<String>> soundsLike = CommandGrammar.ownSpeechHeardAs();
        List<String> phrases = new ArrayList<>(grammar.commandPhrases().keySet());
        phrases.sort(null);
        Set<String> covered = new HashSet<>();
        List<Said> said = new ArrayList<>();
        long free = 0;
        int turn = 0;
        for (Cue.Speech sentence : script) {
            long at = Math.max(sentence.atMillis() + INTO_SENTENCE_MILLIS, free);
            if (covered.contains(sentence.text()) || at > sentence.atMillis() + sentence.durationMillis()
                    - INTO_SENTENCE_MILLIS) {
                continue;
            }
            String phrase = soundAlike(sentence.text(), phrases, soundsLike);
            if (phrase == null) {
                phrase = phrases.get(turn++ % phrases.size());
            }
            covered.add(sentence.text());
            said.add(new Said(phrase, at, sentence.text()));
            free = at + BETWEEN_COMMANDS_MILLIS;
        }
        assertThat(script).as("sentences with no command over them")
                .filteredOn(sentence -> !covered.contains(sentence.text())).isEmpty();
        return said;
    }

    private static String soundAlike(String sentence, List<String> phrases, Map<String, List<String>> soundsLike) {
        String words = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ") + " ";
        for (String phrase : phrases) {
            List<String> heard = new ArrayList<>(soundsLike.getOrDefault(phrase, List.of()));
            heard.add(phrase);
            if (heard.stream().anyMatch(w -> words.contains(" " + w + " "))) {
                return phrase;
            }
        }
        return null;
    }

    private record Said(String phrase, long atMillis, String over) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" at %d ms over \"%s\"", phrase, atMillis, over);
        }
    }

    /** The person's commands at their moments, over a quiet microphone's hiss. */
    private Path record(List<Said> said, long lengthMillis) throws IOException {
        short[] pcm = new short[(int) (lengthMillis * 16)];
        Random hiss = new Random(3);
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.round(hiss.nextGaussian() * 20);
        }
        for (Said s : said) {
            short[] words = person.say(s.phrase());
            for (int i = 0; i < words.length; i++) {
                int at = (int) (s.atMillis() * 16) + i;
                pcm[at] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, pcm[at] + words[i]));
            }
        }
        return VoiceCommandsRecording.write(temp.resolve("commands.wav"), pcm);
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
