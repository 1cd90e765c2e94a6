package org.footcoach.listen.recognise;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.footcoach.session.Command;
import org.vosk.Model;

/**
 * Turns 16 kHz mono 16-bit little-endian PCM into at most one command per utterance. A partial result is acted on
 * when it ends in a command allowed early ({@link RecognitionThresholds#partialCommands()}) that cannot grow into a
 * longer phrase and stays the same for a while; otherwise a final result is used, where every word of the command
 * must be confident and of a plausible length, and the command said apart from other talk ({@link SpokenApart}).
 * That final result comes from a second hearing of the latest audio ({@link WordEndHearing}) as soon as a partial ends
 * in a command and the word has ended, or a short sound ended in a quiet room, or else from Vosk's own end of
 * utterance. Words the {@link EchoCheck} calls the app's own are skipped, and so are words other than "stop" that
 * were largely the app's own sound. Each command word of a final result that is not taken is told once, with the
 * reason, to the {@code refused} consumer. Not thread-safe: one feeder.
 */
public final class CommandRecognizer implements AutoCloseable {

    public static final float SAMPLE_RATE = 16_000f;
    private static final int BYTES_PER_MILLI = 32;
    private static final int CHUNK_BYTES = 640;
    /**
     * Vosk hears a microphone's steady hiss as the long "h" of a word ("heart", "hold") and so never ends the
     * utterance; a word said after some seconds of that is taken into the long word and lost. So an utterance this old
     * in which Vosk has made out no word yet is ended once the room has been quiet ({@link #QUIET_BEFORE_ENDING_MILLIS}):
     * what is said next starts afresh. An utterance with words in it is left to Vosk, which ends those itself.
     * Measured: bench/RESULTS.md, "A command after a long quiet".
     */
    private static final long QUIET_UTTERANCE_ENDED_AFTER_MILLIS = 5_000;
    private static final long QUIET_BEFORE_ENDING_MILLIS = 1_500;

    /** Decides whether words heard between two stream times are the app's own speech. */
    @FunctionalInterface
    public interface EchoCheck {
        /** {@code command} is null for a decoy phrase. */
        boolean isEcho(Command command, String phrase, long fromStreamMillis, long toStreamMillis);

        /**
         * Whether the app's own sound, as the microphone heard it, was a large part of what was heard between two
         * stream times, where it could not be taken out (none is known by default).
         */
        default boolean appSoundLeftIn(long fromStreamMillis, long toStreamMillis) {
            return false;
        }

        /** Whether the app made any sound between two stream times (none is known by default). */
        default boolean appSounded(long fromStreamMillis, long toStreamMillis) {
            return false;
        }

        EchoCheck NONE = (command, phrase, from, to) -> false;
    }

    private final RestingRecognizer recognizer;
    private final WordEndHearing wordEnd;
    private final SpokenApart apart = new SpokenApart();
    private final DcBlocker dcBlocker = new DcBlocker();
    private byte[] withoutOffset = new byte[CHUNK_BYTES];
    private final CommandGrammar grammar;
    private final RecognitionThresholds thresholds;
    private final EchoCheck echo;
    private final Consumer<RefusedCommand> refused;
    /** What was told refused in this utterance: a phrase heard again in a second hearing is told once. */
    private final Set<String> refusedThisUtterance = new HashSet<>();
    private long bytesFed;
    private boolean decidedThisUtterance;
    private String partialCandidate;
    private long partialSinceMillis;
    private long utteranceStartMillis;

    public CommandRecognizer(Model model, CommandGrammar grammar, RecognitionThresholds thresholds, EchoCheck echo)
            throws IOException {
        this(model, grammar, thresholds, echo, refusal -> { });
    }

    public CommandRecognizer(Model model, CommandGrammar grammar, RecognitionThresholds thresholds, EchoCheck echo,
                             Consumer<RefusedCommand> refused) throws IOException {
        this.refused = refused;
        this.recognizer = new RestingRecognizer(model, grammar.toVoskJson());
        this.wordEnd = new WordEndHearing(model, grammar, thresholds);
        this.grammar = grammar;
        this.thresholds = thresholds;
        this.echo = echo;
    }

    /** Audio fed so far, in milliseconds. */
    public long streamMillis() {
        return bytesFed / BYTES_PER_MILLI;
    }

    /** Feeds {@code length} bytes of PCM; returns a command when this chunk decided one. */
    public Optional<HeardCommand> feed(byte[] pcm, int length) {
        bytesFed += length;
        if (withoutOffset.length < length) {
            withoutOffset = new byte[length];
        }
        dcBlocker.filter(pcm, length, withoutOffset);
        long now = streamMillis();
        wordEnd.feed(pcm, withoutOffset, length, now);
        apart.feed(withoutOffset, length);
        RestingRecognizer.Fed fed = recognizer.feed(pcm, withoutOffset, length, now);
        if (fed == RestingRecognizer.Fed.UTTERANCE_ENDED) {
            return endUtterance(recognizer.result()); // always taken: it also resets Vosk for the next utterance
        }
        if (fed == RestingRecognizer.Fed.RESTING) {
            return Optional.empty();
        }
        if (recognizer.mayRest(now)) {
            recognizer.rest(now);
            return Optional.empty();
        }
        if (quietTooLong()) {
            return endUtterance(recognizer.finalResult());
        }
        if (decidedThisUtterance) {
            return Optional.empty();
        }
        List<String> words = VoskJson.partialWords(recognizer.partialResult());
        Optional<HeardCommand> heard = fromPartial(words);
        if (heard.isEmpty()) {
            heard = wordEnd.check(words, streamMillis(), utteranceStartMillis, echo::appSounded)
                    .flatMap(again -> fromFinal(again.json(), again.offsetMillis()));
        }
        heard.ifPresent(h -> decided());
        return heard;
    }

    /** Ends the input: flushes the last utterance. */
    public Optional<HeardCommand> finish() {
        return endUtterance(recognizer.finalResult());
    }

    private boolean quietTooLong() {
        long now = streamMillis();
        return now - utteranceStartMillis >= QUIET_UTTERANCE_ENDED_AFTER_MILLIS
                && wordEnd.quietSince(now - QUIET_BEFORE_ENDING_MILLIS)
                && recognizer.fedSince(now - QUIET_BEFORE_ENDING_MILLIS)
                && VoskJson.partialWords(recognizer.partialResult()).isEmpty();
    }

    private Optional<HeardCommand> endUtterance(String result) {
        Optional<HeardCommand> heard = decidedThisUtterance ? Optional.empty()
                : fromFinal(result, recognizer.skippedMillis());
        heard.ifPresent(h -> decided());
        startNextUtterance();
        return heard;
    }

    /** A command was taken: none other from this utterance, nor from the sound it was in. */
    private void decided() {
        decidedThisUtterance = true;
        wordEnd.soundTaken();
    }

    private void startNextUtterance() {
        decidedThisUtterance = false;
        refusedThisUtterance.clear();
        wordEnd.startNextUtterance();
        partialCandidate = null;
        utteranceStartMillis = streamMillis();
    }

    private Optional<HeardCommand> fromPartial(List<String> words) {
        long now = streamMillis();
        List<CommandGrammar.Match> matches = grammar.parse(words);
        CommandGrammar.Match last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
        if (last == null || !last.isCommand() || !thresholds.partialCommands().contains(last.command())
                || grammar.couldGrow(words.subList(last.firstWord(), words.size()))) {
            partialCandidate = null;
            return Optional.empty();
        }
        String key = String.join(" ", words);
        if (!key.equals(partialCandidate)) {
            partialCandidate = key;
            partialSinceMillis = now;
            return Optional.empty();
        }
        if (now - partialSinceMillis < thresholds.partialStableMillis()) {
            return Optional.empty();
        }
        // A partial carries no word times: its words were said between the utterance's start and now.
        List<CommandGrammar.Match> person = new ArrayList<>();
        for (CommandGrammar.Match m : matches) {
            if (!m.phrase().equals(CommandGrammar.UNKNOWN) && !echo.isEcho(m.command(), m.phrase(),
                    utteranceStartMillis, now)) {
                person.add(m);
            }
        }
        if (!person.contains(last) || !standsAlone(last.command(), person.size())) {
            return Optional.empty();
        }
        return Optional.of(new HeardCommand(last.command(), last.phrase(), true, utteranceStartMillis, now,
                Double.NaN));
    }

    /**
     * A phrase of a final result, with its words, where it sounds on the stream, and how long its longest word
     * sounds.
     */
    private record Said(CommandGrammar.Match match, List<RecognisedWord> words, long fromMillis, long toMillis,
                        double longestWordSeconds) {
    }

    /** {@code offsetMillis}: the stream time where the recogniser that gave {@code json} started hearing. */
    private Optional<HeardCommand> fromFinal(String json, long offsetMillis) {
        List<RecognisedWord> words = VoskJson.words(json);
        List<Said> person = new ArrayList<>();
        for (CommandGrammar.Match m : grammar.parse(words.stream().map(RecognisedWord::word).toList())) {
            List<RecognisedWord> span = words.subList(m.firstWord(), m.firstWord() + m.wordCount());
            long from = streamMillisAt(span.get(0).startSeconds(), offsetMillis);
            long to = streamMillisAt(span.get(span.size() - 1).endSeconds(), offsetMillis);
            if (m.phrase().equals(CommandGrammar.UNKNOWN)) {
                continue;
            }
            if (echo.isEcho(m.command(), m.phrase(), from, to)) {
                refuse(m, span, from, to, RefusedCommand.Reason.OWN_VOICE);
                continue;
            }
            // "stop" must get through over the app's speech, even where its echo stays in; a wrong "stop" is safe.
            if (m.command() != Command.STOP && echo.appSoundLeftIn(from, to)) {
                refuse(m, span, from, to, RefusedCommand.Reason.OWN_ECHO);
                continue;
            }
            SpokenApart.Span sound = apart.sounding(from, to, streamMillis());
            double longest = span.stream().mapToLong(w -> Math.min(streamMillisAt(w.endSeconds(), offsetMillis),
                    sound.toMillis()) - Math.max(streamMillisAt(w.startSeconds(), offsetMillis),
                    sound.fromMillis())).max().orElse(0) / 1000.0;
            person.add(new Said(m, span, sound.fromMillis(), sound.toMillis(), longest));
        }
        List<Said> taken = new ArrayList<>();
        for (Said said : person) {
            CommandGrammar.Match match = said.match();
            if (!match.isCommand()) {
                continue;
            }
            Optional<RefusedCommand.Reason> why = !standsAlone(match.command(), person.size())
                    ? Optional.of(RefusedCommand.Reason.OTHER_WORDS)
                    : !believable(said) ? Optional.of(RefusedCommand.Reason.LOW_CONFIDENCE)
                    : saidInTalk(said) ? Optional.of(RefusedCommand.Reason.TALK_AROUND_IT) : Optional.empty();
            if (why.isPresent()) {
                refuse(match, said.words(), said.fromMillis(), said.toMillis(), why.get());
            } else {
                taken.add(said);
            }
        }
        if (taken.stream().map(said -> said.match().command()).distinct().count() > 1) {
            // Two different commands in one breath: ambiguous, obey neither.
            taken.forEach(said -> refuse(said.match(), said.words(), said.fromMillis(), said.toMillis(),
                    RefusedCommand.Reason.TWO_COMMANDS));
            return Optional.empty();
        }
        return taken.stream().reduce((first, last) -> last).map(said -> new HeardCommand(said.match().command(),
                said.match().phrase(), false, said.fromMillis(), streamMillis(), leastConfidence(said.words())));
    }

    private static double leastConfidence(List<RecognisedWord> words) {
        return words.stream().mapToDouble(RecognisedWord::confidence).min().orElse(0);
    }

    /** Tells of a command word not taken, once per utterance; decoy phrases are not commands and are not told. */
    private void refuse(CommandGrammar.Match match, List<RecognisedWord> words, long from, long to,
                        RefusedCommand.Reason reason) {
        if (match.isCommand() && refusedThisUtterance.add(match.phrase() + ":" + reason)) {
            refused.accept(new RefusedCommand(match.command(), match.phrase(), leastConfidence(words), reason, from,
                    to));
        }
    }

    private static long streamMillisAt(double wordSeconds, long offsetMillis) {
        return offsetMillis + (long) (wordSeconds * 1000);
    }

    /**
     * A command counts only when the person said nothing else in that utterance (unknown sounds and the app's own
     * words aside): "hold on a second" heard as "go on seconds" is talk, not a command. "stop" is the exception: it
     * must work at any moment, and a "stop" that was not meant is the safe mistake.
     */
    private static boolean standsAlone(Command command, int phrasesSaid) {
        return command == Command.STOP || phrasesSaid == 1;
    }

    /**
     * Loudness shows talk right around the command ({@link SpokenApart}): the recogniser hears most words of a
     * conversation as unknown sounds, so {@link #standsAlone} alone lets the command words in it through. "stop" is
     * the exception here too.
     */
    private boolean saidInTalk(Said said) {
        return said.match().command() != Command.STOP
                && apart.inTalk(said.fromMillis(), said.toMillis(), streamMillis(), echo::appSounded);
    }

    /**
     * Confident enough, and no word shorter than a click as the recogniser timed it, nor longer than a word where it
     * sounds (the recogniser's times can take in hiss before it).
     */
    private boolean believable(Said said) {
        for (RecognisedWord w : said.words()) {
            if (w.confidence() < thresholds.minFinalConfidence()
                    || w.endSeconds() - w.startSeconds() < thresholds.minWordSeconds()) {
                return false;
            }
        }
        return said.longestWordSeconds() <= thresholds.maxWordSeconds();
    }

    @Override
    public void close() {
        recognizer.close();
    }
}
