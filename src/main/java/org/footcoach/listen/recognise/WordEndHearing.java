package org.footcoach.listen.recognise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.footcoach.session.Command;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * For {@link CommandRecognizer}: once a partial result ends in a command and the word has ended, hears the latest
 * audio again with a second recogniser, whose final result carries confidences and word times. Vosk's own end of
 * utterance comes about 0.4 s later. The word has ended when the input goes quiet ({@link SpeechEnd}) in a quiet room,
 * or when the partial result has stood still for a while in a noisy one. Each partial is heard again once.
 *
 * <p>In a quiet room a short sound that ended with no command in the partial result is heard again too: the main
 * recogniser can miss a word at its very start or end of an utterance, and a fresh one hears it (bench/RESULTS.md,
 * "A word at the edge of an utterance"). For the same reason the audio heard again reaches back to just before the
 * latest sound began where that is earlier than the utterance's start. Each sound is heard again once. Neither is
 * done where the app's own sound was left in the sound: heard afresh, the app's words give sound-alikes the echo
 * guard does not know ("floor" as "slower", "Go up on" as "go on").
 */
final class WordEndHearing {
    private static final int BYTES_PER_MILLI = 32;
    private static final int CHUNK_BYTES = 640;
    /** Heard again from this long before a sound began: its first sounds are soft. */
    static final long BEFORE_SOUND_MILLIS = 300;

    /** A final result, and the stream time where the recogniser that gave it started hearing. */
    record Heard(String json, long offsetMillis) {
    }

    private final Model model;
    private final String grammarJson;
    private final CommandGrammar grammar;
    private final RecognitionThresholds thresholds;
    private final SpeechEnd speechEnd = new SpeechEnd();
    private final RecentAudio recent;
    private String heardAgainFor;
    /** The start of the latest sound heard again, or of one in which a command was taken. */
    private long soundHeardFrom = Long.MIN_VALUE;
    private String partial;
    private long partialSinceMillis;

    WordEndHearing(Model model, CommandGrammar grammar, RecognitionThresholds thresholds) {
        this.model = model;
        this.grammarJson = grammar.toVoskJson();
        this.grammar = grammar;
        this.thresholds = thresholds;
        this.recent = new RecentAudio(Math.max(1, thresholds.wordEndAudioMillis()));
    }

    /**
     * Takes in {@code length} bytes of input ending at stream time {@code nowMillis}: {@code pcm} as it came, for
     * hearing again, and {@code withoutOffset} for loudness.
     */
    void feed(byte[] pcm, byte[] withoutOffset, int length, long nowMillis) {
        speechEnd.feed(withoutOffset, length, nowMillis);
        recent.append(pcm, length);
    }

    /** Whether nothing louder than a quiet room has sounded since {@code fromMillis}. */
    boolean quietSince(long fromMillis) {
        return speechEnd.quietSince(fromMillis);
    }

    /** A new utterance begins: what was heard again before no longer counts. */
    void startNextUtterance() {
        heardAgainFor = null;
        partial = null;
    }

    /**
     * The final result of hearing again the latest audio, when the partial result {@code words} ends in a command
     * whose word has ended by {@code nowMillis}, or else when a lone sound ended ({@link #loneSoundEnded}) and
     * {@code app} knows of none of the app's own sound left in it; and that result ends in a command. The audio
     * reaches back to the start of the utterance ({@code utteranceStartMillis}), or, where none of the app's sound was
     * left in the sound, to just before it began if that is earlier; and to at most
     * {@link RecognitionThresholds#wordEndAudioMillis()}.
     */
    Optional<Heard> check(List<String> words, long nowMillis, long utteranceStartMillis, SpokenApart.AppSound app) {
        String key = String.join(" ", words);
        if (!key.equals(partial)) {
            partial = key;
            partialSinceMillis = nowMillis;
        }
        boolean commandEnded = !key.equals(heardAgainFor) && endsInCommand(words) && wordHasEnded(nowMillis, words);
        if (!commandEnded && !loneSoundEnded(nowMillis)) {
            return Optional.empty();
        }
        long soundStart = speechEnd.soundStartMillis();
        boolean appLeftIn = app.between(soundStart, speechEnd.lastSpeechMillis());
        soundHeardFrom = soundStart;
        if (!commandEnded && appLeftIn) {
            return Optional.empty();
        }
        heardAgainFor = key;
        long from = appLeftIn ? utteranceStartMillis : Math.min(utteranceStartMillis, soundStart - BEFORE_SOUND_MILLIS);
        long millis = Math.min(nowMillis - from, thresholds.wordEndAudioMillis());
        byte[] audio = recent.last(millis * BYTES_PER_MILLI);
        String result = hear(audio);
        // Anything heard after the command means the speech went on: not the end of a word after all.
        if (!endsInCommand(VoskJson.words(result).stream().map(RecognisedWord::word).toList())) {
            return Optional.empty();
        }
        return Optional.of(new Heard(result, nowMillis - audio.length / BYTES_PER_MILLI));
    }

    /** A command was taken from the latest sound: it is not heard again. */
    void soundTaken() {
        soundHeardFrom = speechEnd.soundStartMillis();
    }

    /**
     * In a quiet room, a sound not yet heard again, no longer than a word, has ended: the input has been quiet since
     * for as long as a command that may grow waits.
     */
    private boolean loneSoundEnded(long nowMillis) {
        long start = speechEnd.soundStartMillis();
        return thresholds.wordEndQuietMillis() > 0 && start > soundHeardFrom
                && speechEnd.lastSpeechMillis() - start <= thresholds.maxWordSeconds() * 1000
                && speechEnd.quietMillis(nowMillis) >= thresholds.growableWordEndQuietMillis();
    }

    /** A fresh recogniser each time: its word times then count from the start of this audio. */
    private String hear(byte[] audio) {
        try (Recognizer again = new Recognizer(model, CommandRecognizer.SAMPLE_RATE, grammarJson)) {
            again.setWords(true);
            for (int at = 0; at < audio.length; at += CHUNK_BYTES) {
                int n = Math.min(CHUNK_BYTES, audio.length - at);
                if (again.acceptWaveForm(Arrays.copyOfRange(audio, at, at + n), n)) {
                    again.getResult(); // an earlier utterance inside the audio (the command is at its end)
                }
            }
            return again.getFinalResult();
        }
    }

    /**
     * Whether the word of the command that ends {@code words} has ended. A command that can still become a decoy
     * ("next" into "next door") waits for Vosk's end of utterance in a noisy room, where a partial standing still does
     * not show that no word follows. In a quiet room only "stop" is taken after the short quiet: any other command
     * waits for the longer one, so that the talk rule hears whether words follow it ("done" heard in "Just tell me
     * when..."), as its window after the word needs; no talk rule holds "stop" back.
     */
    private boolean wordHasEnded(long now, List<String> words) {
        CommandGrammar.Match last = lastMatch(words);
        boolean couldGrow = grammar.couldGrow(words.subList(last.firstWord(), words.size()));
        if (speechEnd.noisyRoom()) {
            return !couldGrow && thresholds.noisyWordEndMillis() > 0
                    && now - partialSinceMillis >= thresholds.noisyWordEndMillis();
        }
        boolean stop = !couldGrow && last.command() == Command.STOP;
        long quiet = stop ? thresholds.wordEndQuietMillis() : thresholds.growableWordEndQuietMillis();
        return thresholds.wordEndQuietMillis() > 0 && speechEnd.quietMillis(now) >= quiet;
    }

    private boolean endsInCommand(List<String> words) {
        return !words.isEmpty() && lastMatch(words).isCommand();
    }

    private CommandGrammar.Match lastMatch(List<String> words) {
        List<CommandGrammar.Match> matches = grammar.parse(words);
        return matches.get(matches.size() - 1);
    }
}
