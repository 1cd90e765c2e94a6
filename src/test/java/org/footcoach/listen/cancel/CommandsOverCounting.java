package org.footcoach.listen.cancel;

import java.util.Arrays;
import java.util.List;
import org.footcoach.listen.corpus.FreeTtsSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.corpus.Speaker;
import org.footcoach.listen.corpus.Utterance;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.CommandRecognizer;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.session.Command;

/**
 * The app counting a hold, and a person's command said over it as the recogniser takes it: from the microphone as
 * it is, or through the echo canceller of a {@link SimulatedRoom}.
 */
public final class CommandsOverCounting {
    private static final int SECOND = 16_000;
    /** The recogniser hears from here (stream time 0) to 10 s: where the person speaks, after time to settle. */
    private static final int HEARD_FROM_MILLIS = 3_000;
    private static final List<String> COUNT_WORDS = List.of("One.", "Two.", "Three.", "Four.", "Five.", "Six.",
            "Seven.", "Eight.", "Nine.", "Ten.", "Eleven.", "Twelve.", "Thirteen.", "Fourteen.", "Fifteen.",
            "Sixteen.");

    private CommandsOverCounting() {
    }

    /** The app counting a hold with FreeTTS: "One." to the {@code words}th, one word starting every second. */
    public static short[] counting(int words) {
        Speaker app = new FreeTtsSpeaker();
        short[] out = new short[(words + 1) * SECOND];
        for (int n = 1; n <= words; n++) {
            short[] word = app.say(COUNT_WORDS.get(n - 1));
            System.arraycopy(word, 0, out, n * SECOND, Math.min(word.length, out.length - n * SECOND));
        }
        return out;
    }

    /**
     * Whether the recogniser, hearing {@code samples} from 3 to 10 s, takes exactly one command, "stop", for the
     * word said at sample {@code at}.
     */
    static boolean heardStop(Recognition recognition, short[] samples, int at, int length) {
        return heard(recognition, samples, at, length, "stop", CommandRecognizer.EchoCheck.NONE);
    }

    /**
     * As {@link #heardStop}, for the command phrase {@code word} said over {@link #counting}, judged as the app's voice
     * input judges it: the count words are the app's own ({@link EchoGuard}), and sound beside the word is not taken
     * for other people's talk while the app sounds ({@code SpokenApart}).
     */
    public static boolean heardOverTheApp(Recognition recognition, short[] samples, int at, int length, String word) {
        return heard(recognition, samples, at, length, word, asTheAppJudges(null, false));
    }

    /**
     * As {@link #heardOverTheApp} on the microphone through an {@link EchoCancellingSource} fed {@code played}: the
     * app's sound is excused only where the microphone went on as it is, and with {@code ignoreRemains} words the
     * canceller took out are ignored as the app's own, as the app's voice input does.
     */
    public static boolean heardThroughCanceller(Recognition recognition, short[] played, short[] mic, int at,
            int length, String word, boolean ignoreRemains) {
        try (EchoCancellingSource source = SimulatedRoom.cancelling(played, mic)) {
            short[] heard = SimulatedRoom.readAll(source, mic.length);
            return heard(recognition, heard, at, length, word, asTheAppJudges(source, ignoreRemains));
        }
    }

    /** The app's own echo check ({@code VoiceCommands}) over {@link #counting}, with {@code source} null for none. */
    private static CommandRecognizer.EchoCheck asTheAppJudges(EchoCancellingSource source, boolean ignoreRemains) {
        EchoGuard guard = countingHeard();
        return new CommandRecognizer.EchoCheck() {
            @Override
            public boolean isEcho(Command command, String phrase, long from, long to) {
                long start = HEARD_FROM_MILLIS + from;
                long end = HEARD_FROM_MILLIS + to;
                return guard.ignores(command, phrase, start, end)
                        || ignoreRemains && source.wasEchoLeftOver(start, end);
            }

            @Override
            public boolean appSounded(long from, long to) {
                long start = HEARD_FROM_MILLIS + from;
                long end = HEARD_FROM_MILLIS + to;
                return guard.soundedBetween(start, end) && (source == null
                        || !source.wasCancelling(start, end) && source.wasEchoLeftIn(start, end));
            }
        };
    }

    /** The echo guard told of {@link #counting}'s words, each taken to last 0.8 s from its second. */
    private static EchoGuard countingHeard() {
        EchoGuard guard = EchoGuard.standard();
        for (int n = 1; n <= COUNT_WORDS.size(); n++) {
            guard.speaking(COUNT_WORDS.get(n - 1), n * 1_000L, n * 1_000L + 800);
        }
        return guard;
    }

    /** Only 3 to 10 s is heard: where the person speaks, with time for the recogniser to settle before. */
    private static boolean heard(Recognition recognition, short[] samples, int at, int length, String word,
            CommandRecognizer.EchoCheck echo) {
        Command command = CommandGrammar.standard().commandFor(word).orElseThrow();
        short[] part = Arrays.copyOfRange(samples, HEARD_FROM_MILLIS * SECOND / 1000, 10 * SECOND);
        int start = at - HEARD_FROM_MILLIS * SECOND / 1000;
        Utterance u = new Utterance(word, "person", command, part, start, start + length);
        return recognition.run(u, echo).heard().stream().map(HeardCommand::command).toList()
                .equals(List.of(command));
    }
}
