package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Noise;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;
import org.footcoach.listen.corpus.Speaker;
import org.footcoach.listen.corpus.Utterance;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;

/**
 * People talking near the microphone say command words inside their sentences. Those are not commands; the same word
 * said on its own is. (Needs espeak-ng and sox.)
 */
class TalkNearbyTest {
    private static final int RATE = 16_000;
    /** A real microphone always hears a little of the room; digital silence makes the recogniser less predictable. */
    private static final short[] FAINT_HISS = Noise.household(10, 21);
    private final Recognition recognition = SharedRecognition.get();
    private final CommandGrammar grammar = CommandGrammar.standard();

    /** Sentences whose command word the recogniser took as a command before words around it counted as talk. */
    private static final List<List<String>> TALK = List.of(
            List.of("They changed the opening hours again, it closes at four now.", "again"),
            List.of("Let us play cards, the film can wait for the weekend.", "wait"));

    @Test
    void aCommandWordInsideASentenceIsNotObeyedButTheSameWordSaidAloneIs() {
        for (Speaker speaker : List.of(new EspeakSpeaker("en-us", 160, 50), new EspeakSpeaker("en-gb-x-rp", 170, 60))) {
            for (List<String> talk : TALK) {
                short[] sentence = speaker.say(talk.get(0));
                short[] alone = speaker.say(talk.get(1));
                int aloneAt = RATE / 2 + sentence.length + 3 * RATE / 2;
                short[] audio = new short[aloneAt + alone.length + RATE];
                System.arraycopy(sentence, 0, audio, RATE / 2, sentence.length);
                System.arraycopy(alone, 0, audio, aloneAt, alone.length);
                Command expected = grammar.commandPhrases().get(talk.get(1));
                Utterance u = Noise.mix(new Utterance(talk.get(0), speaker.name(), expected, audio, aloneAt,
                        aloneAt + alone.length), FAINT_HISS, 0, 40);

                List<HeardCommand> heard = recognition.run(u).heard();

                assertThat(heard).as("%s: %s", speaker.name(), talk).hasSize(1);
                assertThat(heard.get(0).command()).isEqualTo(expected);
                assertThat(heard.get(0).saidFromMillis()).as("the word said alone")
                        .isGreaterThanOrEqualTo(aloneAt / 16 - 100L);
            }
        }
    }

    @Test
    void aCommandSaidWithOtherWordsIsNotObeyedAndIsToldRefusedWithWhy() {
        Speaker speaker = new EspeakSpeaker("en-us", 160, 50);
        short[] words = speaker.say("seven, next");
        short[] audio = new short[RATE / 2 + words.length + RATE];
        System.arraycopy(words, 0, audio, RATE / 2, words.length);
        Utterance u = Noise.mix(new Utterance("seven, next", speaker.name(), null, audio, RATE / 2,
                RATE / 2 + words.length), FAINT_HISS, 0, 40);

        Recognition.Outcome outcome = recognition.run(u);

        assertThat(outcome.heard()).isEmpty();
        assertThat(outcome.refused()).as("%s", outcome.refused()).isNotEmpty()
                .allSatisfy(refused -> assertThat(refused.reason()).isEqualTo(RefusedCommand.Reason.OTHER_WORDS))
                .extracting(RefusedCommand::command).containsOnly(Command.NEXT);
    }
}
