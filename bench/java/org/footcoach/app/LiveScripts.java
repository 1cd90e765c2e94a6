package org.footcoach.app;

import static org.footcoach.app.LiveStep.decoy;
import static org.footcoach.app.LiveStep.insist;
import static org.footcoach.app.LiveStep.say;
import static org.footcoach.session.SessionState.COUNTING;
import static org.footcoach.session.SessionState.HOLDING;
import static org.footcoach.session.SessionState.PAUSED;
import static org.footcoach.session.SessionState.RESTING;
import static org.footcoach.session.SessionState.SPEAKING;
import static org.footcoach.session.SessionState.WAITING_FOR_GO;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.footcoach.listen.corpus.Conversation;
import org.footcoach.listen.corpus.VoiceCorpus;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.session.Command;

/**
 * What the person says in each of the quick routine's sessions, and when: each a few commands an exercise, said where
 * the app can act on them (between counts, mid-sentence, while paused or waiting), with talk that is not a command in
 * between, and each session ended by "stop" at a different place (between the seconds of a hold, mid-sentence, on a
 * count word, while paused, in a rest, while the steps are said). The six sessions are done twice. Decoys are taken
 * in turn from the corpus's decoys (the grammar's decoys and the words outside it, in the corpus's order) and from
 * the lines of its conversation.
 */
final class LiveScripts {
    private final Iterator<String> decoys;

    private LiveScripts(Iterator<String> decoys) {
        this.decoys = decoys;
    }

    /** The six sessions twice over, the second time with the next decoys. */
    static List<List<LiveStep>> quickRoutine() {
        LiveScripts scripts = new LiveScripts(decoys().iterator());
        List<List<LiveStep>> runs = new ArrayList<>(scripts.runs());
        runs.addAll(scripts.runs());
        return runs;
    }

    private List<List<LiveStep>> runs() {
        return List.of(pauseSlowerSkipDoneStopInAHold(), waitSkipReadyBackStopMidSentence(),
                skipToMarchingStopOnACountWord(), repeatSofterPauseStopWhilePaused(), stopInTheRestBetweenSets(),
                nextTwiceInTheWelcomeStopWhileStepsAreSaid());
    }

    /** Ankle rolls with a pause, slower and skip; calf stretch again and done; "stop" between seconds of a hold. */
    private List<LiveStep> pauseSlowerSkipDoneStopInAHold() {
        return List.of(
                decoy(decoys.next(), m -> m.exercise() < 0 && m.sinceStart(4_000) && m.speakingFor(1_000)),
                say("louder", Command.LOUDER, m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)),
                say("pause", Command.PAUSE, m -> m.is(COUNTING) && m.countAtLeast(3) && m.silentFor(250)),
                decoy(decoys.next(), m -> m.is(PAUSED) && m.silentFor(1_000)),
                insist("resume", Command.GO, m -> m.is(PAUSED) && m.silentFor(1_500) && m.sinceSaid(1_500)),
                say("slower", Command.SLOWER, m -> m.is(COUNTING) && m.countAtLeast(2) && m.sinceSaid(4_000)
                        && m.silentFor(250)),
                decoy(decoys.next(), m -> m.is(COUNTING) && m.countAtLeast(4) && m.sinceSaid(3_000)
                        && m.silentFor(250)),
                say("skip", Command.NEXT, m -> m.is(COUNTING) && m.countAtLeast(6) && m.sinceSaid(3_000)
                        && m.silentFor(250)),
                say("again", Command.REPEAT, m -> m.exercise() == 1 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(4_000)),
                say("done", Command.DONE, m -> m.is(HOLDING) && m.countAtLeast(4) && m.silentFor(200)),
                decoy(decoys.next(), m -> m.is(RESTING) && m.silentFor(500)),
                insist("stop", Command.STOP, m -> m.is(HOLDING) && m.countAtLeast(3) && m.silentFor(150)
                        && m.sinceSaid(3_000)));
    }

    /** Pause mid-sentence, next twice to the standing work, ready, back; "stop" in the middle of a sentence. */
    private List<LiveStep> waitSkipReadyBackStopMidSentence() {
        return List.of(
                decoy(decoys.next(), m -> m.exercise() < 0 && m.sinceStart(8_000) && m.speakingFor(1_000)),
                say("wait", Command.PAUSE, m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)),
                insist("continue", Command.GO, m -> m.is(PAUSED) && m.silentFor(1_500)),
                say("next", Command.NEXT, m -> m.is(COUNTING) && m.countAtLeast(2) && m.silentFor(250)),
                decoy(decoys.next(), m -> m.exercise() == 1 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(3_000)),
                say("skip", Command.NEXT, m -> m.is(HOLDING) && m.countAtLeast(3) && m.silentFor(200)),
                insist("ready", Command.GO, m -> m.is(WAITING_FOR_GO) && m.silentFor(1_500)),
                say("back", Command.BACK, m -> m.is(COUNTING) && m.countAtLeast(2) && m.silentFor(250)
                        && m.sinceSaid(3_000)),
                decoy(decoys.next(), m -> m.exercise() == 1 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(3_000)),
                insist("stop", Command.STOP, m -> m.exercise() == 1 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(4_000)));
    }

    /** Straight to marching: ready, pause, go on, slower, louder, next; "stop" on top of a count word in a hold. */
    private List<LiveStep> skipToMarchingStopOnACountWord() {
        return List.of(
                say("skip", Command.NEXT, m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)),
                say("next", Command.NEXT, m -> m.exercise() == 1 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(3_000)),
                decoy(decoys.next(), m -> m.is(WAITING_FOR_GO) && m.silentFor(800)),
                insist("ready", Command.GO, m -> m.is(WAITING_FOR_GO) && m.silentFor(1_500) && m.sinceSaid(1_500)),
                say("pause", Command.PAUSE, m -> m.is(COUNTING) && m.countAtLeast(3) && m.silentFor(250)),
                insist("go on", Command.GO, m -> m.is(PAUSED) && m.silentFor(1_500)),
                say("slower", Command.SLOWER, m -> m.is(COUNTING) && m.countAtLeast(2) && m.silentFor(250)
                        && m.sinceSaid(3_000)),
                say("louder", Command.LOUDER, m -> m.is(COUNTING) && m.countAtLeast(4) && m.silentFor(250)
                        && m.sinceSaid(3_000)),
                say("next", Command.NEXT, m -> m.is(COUNTING) && m.countAtLeast(6) && m.silentFor(250)
                        && m.sinceSaid(3_000)),
                decoy(decoys.next(), m -> m.is(HOLDING) && m.countAtLeast(2) && m.speakingFor(150)),
                insist("stop", Command.STOP, m -> m.is(HOLDING) && m.countAtLeast(4) && m.speakingFor(150)
                        && m.sinceSaid(2_000)));
    }

    /** Steps again, softer, a pause; "stop" while paused. */
    private List<LiveStep> repeatSofterPauseStopWhilePaused() {
        return List.of(
                decoy(decoys.next(), m -> m.exercise() < 0 && m.sinceStart(12_000) && m.speakingFor(1_000)),
                say("repeat", Command.REPEAT, m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)),
                say("softer", Command.SOFTER, m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(4_000)),
                say("pause", Command.PAUSE, m -> m.is(COUNTING) && m.countAtLeast(2) && m.silentFor(250)),
                decoy(decoys.next(), m -> m.is(PAUSED) && m.silentFor(1_000)),
                insist("stop", Command.STOP, m -> m.is(PAUSED) && m.silentFor(1_000) && m.sinceSaid(2_000)));
    }

    /** A decoy while counting, then "stop" in the silence between the two sets of ankle rolls. */
    private List<LiveStep> stopInTheRestBetweenSets() {
        return List.of(
                decoy(decoys.next(), m -> m.is(COUNTING) && m.countAtLeast(5) && m.silentFor(250)),
                insist("stop", Command.STOP, m -> m.is(RESTING) && m.silentFor(1_500)));
    }

    /** "next" twice in the welcome to skip the stop rules; "stop" while the first exercise's steps are said. */
    private List<LiveStep> nextTwiceInTheWelcomeStopWhileStepsAreSaid() {
        return List.of(
                say("next", Command.NEXT, m -> m.exercise() < 0 && m.sinceStart(3_000) && m.speakingFor(1_000)),
                say("skip", Command.NEXT, m -> m.exercise() < 0 && m.sinceSaid(1_000)
                        && m.lastPhraseKey().filter("intro.skip-ask"::equals).isPresent() && m.silentFor(50)),
                decoy(decoys.next(), m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(3_000)),
                insist("stop", Command.STOP, m -> m.exercise() == 0 && m.is(SPEAKING) && m.speakingFor(1_000)
                        && m.sinceSaid(4_000)));
    }

    /** The corpus's decoys in its order, every other one a line of its conversation. */
    private static List<String> decoys() {
        List<String> words = new ArrayList<>(CommandGrammar.standard().decoyPhrases());
        words.addAll(VoiceCorpus.OUTSIDE_GRAMMAR);
        List<String> lines = conversation();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(words.get((i * 7) % words.size()));
            out.add(lines.get((i * 7) % lines.size()));
        }
        return out;
    }

    private static List<String> conversation() {
        try (InputStream in = Conversation.class.getResourceAsStream("conversation.txt")) {
            if (in == null) {
                throw new IllegalStateException("conversation.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
