package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.footcoach.listen.cancel.EchoCancellingSource;
import org.footcoach.listen.cancel.SimulatedRoom;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.FreeTtsSpeaker;
import org.footcoach.listen.corpus.Noise;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;
import org.footcoach.listen.corpus.Utterance;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;

/**
 * A person chatting while the app speaks, where the loudspeaker does not reach the microphone (headphones, a
 * loudspeaker across the room): the command words inside their sentences are talk, as they are when the app is
 * silent, and the same word said on its own is a command. The microphone goes through the echo canceller, judged as
 * the voice input judges ({@link AppEchoCheck}). Before, any sound beside a word while the app played was excused as
 * possibly the app's, and "again" in the first sentence was obeyed as "repeat".
 */
class TalkWhileTheAppSpeaksTest {
    private static final int RATE = 16_000;
    private static final int APP_FROM = RATE;
    private static final int PERSON_FROM = 3 * RATE / 2;
    private static final double HISS_RMS = 30;

    private final Recognition recognition = SharedRecognition.get();
    private final EspeakSpeaker person = new EspeakSpeaker("en-us", 160, 50);
    private final short[] app = new FreeTtsSpeaker().say("Hold the strap firmly so it does not slip. Breathe out "
            + "slowly as you press your foot down. Keep your back against the chair.");

    @Test
    void aCommandWordInsideChatIsTalkWhileTheAppSpeaks() {
        for (List<String> talk : List.of(
                List.of("They changed the opening hours again, it closes at four now.", "again"),
                List.of("Let us play cards, the film can wait for the weekend.", "wait"))) {
            Recognition.Outcome outcome = heard(person.say(talk.get(0)), talk.get(1));

            assertThat(outcome.heard()).as("commands from: %s", talk.get(0)).isEmpty();
            assertThat(outcome.refused()).as("%s", outcome.refused()).extracting(RefusedCommand::reason)
                    .contains(RefusedCommand.Reason.TALK_AROUND_IT);
        }
    }

    @Test
    void theSameWordSaidAloneWhileTheAppSpeaksIsACommand() {
        for (String word : List.of("again", "wait")) {
            assertThat(heard(person.say(word), word).heard()).extracting(HeardCommand::command)
                    .as(word).containsExactly(CommandGrammar.standard().commandFor(word).orElseThrow());
        }
    }

    /** {@code said} by the person while the app says its sentences, heard as the app's voice input hears it. */
    private Recognition.Outcome heard(short[] said, String word) {
        int length = Math.max(APP_FROM + app.length, PERSON_FROM + said.length) + 2 * RATE;
        short[] played = new short[length];
        System.arraycopy(app, 0, played, APP_FROM, app.length);
        short[] mic = new short[length];
        System.arraycopy(said, 0, mic, PERSON_FROM, said.length);
        Random hiss = new Random(3);
        for (int i = 0; i < length; i++) {
            mic[i] = Noise.clip(mic[i] + hiss.nextGaussian() * HISS_RMS);
        }
        EchoGuard guard = EchoGuard.standard();
        guard.speaking("Hold the strap firmly so it does not slip.", APP_FROM / 16, (APP_FROM + app.length) / 16);
        Command command = CommandGrammar.standard().commandFor(word).orElseThrow();
        try (EchoCancellingSource source = SimulatedRoom.cancelling(played, mic)) {
            short[] heard = SimulatedRoom.readAll(source, length);
            return recognition.run(new Utterance(word, person.name(), command, heard, PERSON_FROM,
                    PERSON_FROM + said.length), new AppEchoCheck(guard, streamMillis -> streamMillis, source));
        }
    }
}
