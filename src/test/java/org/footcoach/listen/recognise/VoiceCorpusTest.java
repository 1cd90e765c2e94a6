package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.listen.corpus.Noise;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;
import org.footcoach.listen.corpus.Speaker;
import org.footcoach.listen.corpus.Utterance;
import org.footcoach.listen.corpus.VoiceCorpus;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;

/** Spoken commands and decoys, generated on the fly, through the real recogniser (needs espeak-ng and sox). */
class VoiceCorpusTest {

    private final Recognition recognition = SharedRecognition.get();
    private final CommandGrammar grammar = CommandGrammar.standard();
    private final List<Speaker> speakers = VoiceCorpus.testSpeakers();

    @Test
    void cleanCommandsAreRecognisedAsTheRightCommand() {
        List<Recognition.Outcome> outcomes = recognition.runAll(VoiceCorpus.commands(grammar, speakers));
        List<String> wrong = outcomes.stream().filter(o -> !o.right())
                .map(o -> o.utterance().speaker() + ": " + o.utterance().text() + " -> " + o.heard()).toList();
        double right = 1.0 - (double) wrong.size() / outcomes.size();
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(140);
        assertThat(right).as("share right; wrong: %s", wrong).isGreaterThanOrEqualTo(MEASURED_FLOOR_CLEAN);
        // Audio time from the end of the spoken word to the decision (the second hearing at the word's end).
        List<Long> latencies = outcomes.stream().filter(Recognition.Outcome::right)
                .map(Recognition.Outcome::latencyMillis).sorted().toList();
        assertThat(latencies.get(latencies.size() / 2)).as("median ms after the word").isLessThan(300L);
    }

    @Test
    void inHouseholdNoiseCommandsAreDecidedSoonAfterTheWord() {
        short[] household = Noise.household(60, 11);
        int[] offset = {0};
        List<Recognition.Outcome> outcomes = recognition.runAll(VoiceCorpus.commands(grammar, speakers).stream()
                .map(u -> Noise.mix(u, household, (offset[0]++ * 7919) % household.length, 10)).toList());
        List<String> wrong = outcomes.stream().filter(o -> !o.right())
                .map(o -> o.utterance().speaker() + ": " + o.utterance().text() + " -> " + o.heard()).toList();
        assertThat(1.0 - (double) wrong.size() / outcomes.size()).as("share right at 10 dB; wrong: %s", wrong)
                .isGreaterThanOrEqualTo(MEASURED_FLOOR_NOISE);
        // Loudness cannot find the word's end here: the partial result standing still for 200 ms does.
        List<Long> latencies = outcomes.stream().filter(Recognition.Outcome::right)
                .map(Recognition.Outcome::latencyMillis).sorted().toList();
        assertThat(latencies.get(latencies.size() / 2)).as("median ms after the word").isLessThan(300L);
    }

    @Test
    void nextAndBackWaitOnlyALittleForTheWordThatWouldMakeThemADecoy() {
        List<Long> latencies = new ArrayList<>();
        for (Speaker speaker : speakers) {
            for (String word : List.of("next", "back")) {
                Command command = grammar.commandPhrases().get(word);
                Recognition.Outcome o = recognition.run(VoiceCorpus.utterance(speaker, word, command));
                if (o.right()) {
                    latencies.add(o.latencyMillis());
                }
            }
            assertThat(recognition.run(VoiceCorpus.utterance(speaker, "next door", null)).heard())
                    .as("%s: next door", speaker.name()).isEmpty();
        }
        latencies.sort(null);
        assertThat(latencies).hasSizeGreaterThanOrEqualTo(12);
        // Vosk's own end of utterance, which they used to wait for, comes about 500 ms after the word.
        assertThat(latencies.get(latencies.size() / 2)).as("median ms after the word").isLessThan(400L);
    }

    @Test
    void decoysAreHeardButNotObeyed() {
        List<Recognition.Outcome> outcomes = recognition.runAll(VoiceCorpus.decoys(grammar, speakers, 150));
        List<String> accepted = outcomes.stream().filter(o -> !o.right())
                .map(o -> o.utterance().speaker() + ": " + o.utterance().text() + " -> " + o.heard()).toList();
        assertThat((double) accepted.size() / outcomes.size()).as("decoys accepted: %s", accepted)
                .isLessThanOrEqualTo(MEASURED_CEILING_DECOYS);
    }

    @Test
    void helpRightAfterAnotherCommandIsHeardOverMicrophoneHiss() {
        // A microphone's own hiss is white, as an "h" is: the recogniser stretched "help" over the hiss before it.
        short[] hiss = Noise.hiss(10, 5);
        List<String> missed = new ArrayList<>();
        for (Speaker speaker : speakers) {
            Utterance stream = VoiceCorpus.inOneStream(List.of(
                    VoiceCorpus.utterance(speaker, "faster", Command.FASTER),
                    VoiceCorpus.utterance(speaker, "help", Command.HELP)));
            List<Command> heard = recognition.run(Noise.mix(stream, hiss, 0, HISS_UNDER_WORD_DB)).heard().stream()
                    .map(HeardCommand::command).toList();
            if (!heard.equals(List.of(Command.FASTER, Command.HELP))) {
                missed.add(speaker.name() + ": " + heard);
            }
        }
        assertThat(missed).as("faster, then help").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aMicrophoneWhoseSilenceSitsOffZeroIsDecidedAsSoonAfterTheWord() {
        // Some microphones deliver silence a few hundred steps off zero; as loudness that looked like a noisy room,
        // where a "next" that could still become "next door" waits for the recogniser's own end of utterance: about
        // 0.3 s later than in a quiet room, measured on the code before the offset was taken out.
        short[] hiss = Noise.hiss(10, 6);
        long extraMillis = 0;
        for (Speaker speaker : speakers) {
            Utterance said = Noise.mix(VoiceCorpus.utterance(speaker, "next", Command.NEXT), hiss, 0,
                    HISS_UNDER_WORD_DB);
            short[] offset = said.samples().clone();
            for (int i = 0; i < offset.length; i++) {
                offset[i] = Noise.clip(offset[i] + 600);
            }
            List<HeardCommand> plain = recognition.run(said).heard();
            List<HeardCommand> shifted = recognition.run(new Utterance(said.text(), said.speaker(), said.expected(),
                    offset, said.wordStartSample(), said.wordEndSample())).heard();
            assertThat(plain).extracting(HeardCommand::command).as(speaker.name()).containsExactly(Command.NEXT);
            assertThat(shifted).extracting(HeardCommand::command).as(speaker.name()).containsExactly(Command.NEXT);
            extraMillis += shifted.get(0).streamMillis() - plain.get(0).streamMillis();
        }
        assertThat(extraMillis / speakers.size()).as("mean extra wait, ms").isLessThan(40);
    }

    @Test
    void tenMinutesOfSteadyNoiseAndRoomSoundGiveNoCommand() {
        short[] household = Noise.household(300, 3);
        short[] room = Noise.household(300, 4);
        for (int i = 0; i < room.length; i++) {
            room[i] = (short) (room[i] / 8); // a quiet room: the same sources, far away
        }
        List<Recognition.Outcome> outcomes = recognition.runAll(List.of(
                new Utterance("household", "none", null, household, 0, 0),
                new Utterance("room", "none", null, room, 0, 0)));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.heard()).as(o.utterance().text()).isEmpty());
    }

    /**
     * Measured on this test's corpus (bench/RESULTS.md, 2026-11-25: 134/140 right, 10 and 11 of 150 decoys
     * accepted in two runs; 2026-11-30, four runs: 133 to 135 of 140 clean, 137 every time in household noise at
     * 10 dB; with the talk check of SpokenApart, 7 of 150 decoys accepted in two runs, 3 of them taken as "stop",
     * which the check leaves alone): the goals (97 %, 2 %) are not reached yet; these catch regressions. Results vary
     * from run to run (Kaldi's dither on the corpus's digital silence), so floor and ceiling leave room for two more.
     */
    private static final double MEASURED_FLOOR_CLEAN = 0.93;
    private static final double MEASURED_FLOOR_NOISE = 0.95;
    private static final double MEASURED_CEILING_DECOYS = 0.06;
    /** Hiss of a cheap microphone a metre or two from the person. */
    private static final double HISS_UNDER_WORD_DB = 35;
}
