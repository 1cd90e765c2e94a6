package org.footcoach.listen.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.FreeTtsSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.SharedRecognition;
import org.footcoach.listen.corpus.Speaker;
import org.footcoach.listen.corpus.Utterance;
import org.footcoach.listen.recognise.CommandRecognizer;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;

/** The app hears itself: its own words are ignored, and "stop" still gets through while it talks. */
class EchoAndStopTest {

    private static final String APP_SAYS = "Stand at the counter. Ready? Say ready, or press the pedal. "
            + "Next. Heel raises. Again, slowly. Hold. One. Two. Three. Four. Five. Well done. Rest.";
    private final Recognition recognition = SharedRecognition.get();
    private final Speaker app = new FreeTtsSpeaker();

    private static CommandRecognizer.EchoCheck guardFor(String text, long untilMillis) {
        EchoGuard guard = EchoGuard.standard();
        guard.speaking(text, 0, untilMillis);
        return guard::ignores;
    }

    /** Where the app's speech falls silent for at least 150 ms. */
    private static List<Integer> gapStarts(short[] speech) {
        List<Integer> gaps = new java.util.ArrayList<>();
        int quiet = 0;
        for (int w = 0; w + 160 <= speech.length; w += 160) {
            int peak = 0;
            for (int i = w; i < w + 160; i++) {
                peak = Math.max(peak, Math.abs(speech[i]));
            }
            quiet = peak < 500 ? quiet + 1 : 0;
            if (quiet == 15) {
                gaps.add(w - 14 * 160);
            }
        }
        return gaps;
    }

    /**
     * Without the guard the recogniser still finds the app's command words ("ready", "next"); only the talk around
     * them keeps them out (before every command but "stop" waited 250 ms after its word, one of them got through).
     */
    @Test
    void theAppsOwnSpeechGivesNoCommandThoughItSaysCommandWords() {
        short[] speech = app.say(APP_SAYS);
        Utterance u = new Utterance(APP_SAYS, app.name(), null, speech, 0, speech.length);
        assertThat(recognition.run(u, guardFor(APP_SAYS, speech.length / 16)).heard()).isEmpty();
        Recognition.Outcome unguarded = recognition.run(u);
        assertThat(unguarded.heard()).as("without the guard").isEmpty();
        assertThat(unguarded.refused()).extracting(RefusedCommand::command).as("command words found without the guard")
                .contains(Command.GO, Command.NEXT);
    }

    /** A hold as the app counts it: one count word starting every second. */
    private short[] holdCounting(int seconds) {
        short[] out = new short[(seconds + 1) * 16_000];
        for (int n = 1; n <= seconds; n++) {
            short[] word = app.say(COUNT_WORDS.get(n - 1));
            System.arraycopy(word, 0, out, n * 16_000, Math.min(word.length, out.length - n * 16_000));
        }
        return out;
    }

    private static final List<String> COUNT_WORDS = List.of("One.", "Two.", "Three.", "Four.", "Five.", "Six.",
            "Seven.", "Eight.");

    @Test
    void stopIsHeardWhileTheAppCounts() {
        short[] speech = holdCounting(COUNT_WORDS.size());
        String counting = String.join(" ", COUNT_WORDS);
        List<Speaker> people = List.of(new EspeakSpeaker("en-us", 160, 50), new EspeakSpeaker("en-gb", 130, 35),
                new EspeakSpeaker("en-gb-x-rp", 195, 65));
        List<String> missed = new java.util.ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Speaker person = people.get(p);
            short[] stop = person.say("stop");
            // Starts in the pause after a count word, 0.6 to 0.75 s into the second, so the next count runs over it.
            // (Said right on top of a count word it is heard about half the time: see bench/RESULTS.md.)
            int at = (2 + p) * 16_000 + 9_600 + p * 800;
            // The person is nearer the microphone than the loudspeaker: the app arrives 6 dB below the person.
            short[] mixed = new short[speech.length];
            for (int i = 0; i < mixed.length; i++) {
                int spoken = i >= at && i - at < stop.length ? stop[i - at] : 0;
                mixed[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, speech[i] / 2 + spoken));
            }
            Utterance u = new Utterance("stop over counting", person.name(), Command.STOP, mixed, at, at + stop.length);
            List<Command> heard = recognition.run(u, guardFor(counting, speech.length / 16)).heard().stream()
                    .map(HeardCommand::command).toList();
            if (!heard.equals(List.of(Command.STOP))) {
                missed.add(person.name() + " heard as " + heard);
            }
        }
        assertThat(missed).isEmpty();
    }

    /** The app's own "Stop if it hurts." between two other sentences, each placed on the guard as the app does. */
    private record Talk(short[] speech, EchoGuard guard, List<Integer> startSamples) {
    }

    private Talk sentences(String... sentences) {
        EchoGuard guard = EchoGuard.standard();
        List<short[]> parts = new java.util.ArrayList<>();
        List<Integer> starts = new java.util.ArrayList<>();
        int at = 0;
        for (String sentence : sentences) {
            short[] said = app.say(sentence);
            guard.speaking(sentence, at / 16, (at + said.length) / 16);
            parts.add(said);
            starts.add(at);
            at += said.length + 4_800; // 0.3 s between sentences, as in a routine
        }
        short[] speech = new short[at + 16_000];
        int to = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, speech, to, part.length);
            to += part.length + 4_800;
        }
        return new Talk(speech, guard, starts);
    }

    /**
     * Measured by moving the person's "stop" through these three sentences in 0.2 s steps: it is obeyed from about
     * 1.1 s after the app's "Stop" begins, ignored with the app's own word before that (the one second the README
     * names), and mostly lost under the long third sentence, with or without the guard (over speech, see
     * bench/RESULTS.md).
     */
    @Test
    void theAppsOwnStopIsIgnoredButAPersonsStopLaterInTheSameSentenceIsObeyed() {
        Talk talk = sentences("Stretch gently.", "Stop if it hurts.", "Hold the strap firmly so it cannot slip.");
        Utterance alone = new Utterance("app only", app.name(), null, talk.speech(), 0, talk.speech().length);
        assertThat(recognition.run(alone, talk.guard()::ignores).heard()).as("the app's own stop").isEmpty();
        assertThat(recognition.run(alone).heard()).as("without the guard").extracting(HeardCommand::command)
                .contains(Command.STOP);

        Speaker person = new EspeakSpeaker("en-us", 160, 50);
        short[] stop = person.say("stop");
        int at = talk.startSamples().get(1) + 25_600; // 1.6 s into "Stop if it hurts.": over "it hurts"
        short[] mixed = new short[talk.speech().length];
        for (int i = 0; i < mixed.length; i++) {
            int spoken = i >= at && i - at < stop.length ? stop[i - at] : 0;
            mixed[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, talk.speech()[i] / 2 + spoken));
        }
        Utterance u = new Utterance("stop after the app's own", person.name(), Command.STOP, mixed, at,
                at + stop.length);
        assertThat(recognition.run(u, talk.guard()::ignores).heard()).extracting(HeardCommand::command)
                .containsExactly(Command.STOP);
    }
}
