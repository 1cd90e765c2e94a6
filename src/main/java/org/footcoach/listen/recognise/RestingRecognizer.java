package org.footcoach.listen.recognise;

import java.io.IOException;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The main Vosk recogniser of {@link CommandRecognizer}, which rests while the room is quiet: decoding costs the same
 * for silence as for speech (about 6 % of a core, all day on a kiosk's start screen), and a microphone's steady hiss
 * is even heard as the long "h" of a word. Once loudness ({@link SpeechEnd#anySound()}) has heard nothing above the
 * room for {@link #REST_AFTER_MILLIS} and Vosk has made out no word, the caller calls {@link #rest}; audio is then only
 * kept. The first sound above the room wakes it, and the last {@link #PRE_ROLL_MILLIS} are fed first, so the start of
 * the word is heard. Vosk's utterance is not ended for a rest: it goes on as if the quiet had been shorter, with what
 * it has learnt of the room (ending it would start its sound features afresh, and the first word after that is heard
 * worse: the app's "Seven." came out as "and"). In a noisy room it never rests. Vosk's word times count only the
 * audio it was fed: {@link #skippedMillis()} turns them into stream times. Not thread-safe: one feeder.
 */
final class RestingRecognizer implements AutoCloseable {
    static final long REST_AFTER_MILLIS = 1_000;
    static final long PRE_ROLL_MILLIS = 500;
    private static final int BYTES_PER_MILLI = 32;

    /** What one chunk did. */
    enum Fed {
        /** Fed to Vosk (after a rest, with the audio just before it), which goes on with the utterance. */
        HEARING,
        /** Fed to Vosk, which ended the utterance: {@link #result()} has it. */
        UTTERANCE_ENDED,
        /** Kept, not fed. */
        RESTING
    }

    private final Recognizer recognizer;
    private final SpeechEnd sound = SpeechEnd.anySound();
    private final RecentAudio preRoll = new RecentAudio(PRE_ROLL_MILLIS);
    private boolean resting;
    private long restingSinceMillis;
    private long skippedMillis;
    private long hearingSinceMillis;

    RestingRecognizer(Model model, String grammarJson) throws IOException {
        recognizer = new Recognizer(model, CommandRecognizer.SAMPLE_RATE, grammarJson);
        recognizer.setWords(true);
    }

    /**
     * Takes {@code length} bytes of {@code pcm} ending at stream time {@code endMillis}; {@code withoutOffset} is the
     * same audio for loudness.
     */
    Fed feed(byte[] pcm, byte[] withoutOffset, int length, long endMillis) {
        sound.feed(withoutOffset, length, endMillis);
        preRoll.append(pcm, length);
        if (resting) {
            if (sound.quietSince(endMillis)) {
                return Fed.RESTING;
            }
            byte[] before = preRoll.last((endMillis - restingSinceMillis) * BYTES_PER_MILLI);
            hearingSinceMillis = endMillis - before.length / BYTES_PER_MILLI;
            skippedMillis += hearingSinceMillis - restingSinceMillis;
            resting = false;
            return recognizer.acceptWaveForm(before, before.length) ? Fed.UTTERANCE_ENDED : Fed.HEARING;
        }
        return recognizer.acceptWaveForm(pcm, length) ? Fed.UTTERANCE_ENDED : Fed.HEARING;
    }

    /**
     * Whether Vosk has been fed for {@link #REST_AFTER_MILLIS} of which nothing sounded above the room, and is in no
     * word.
     */
    boolean mayRest(long nowMillis) {
        long since = nowMillis - REST_AFTER_MILLIS;
        return fedSince(since) && sound.quietSince(since)
                && VoskJson.partialWords(partialResult()).isEmpty();
    }

    /**
     * Whether Vosk has been fed all the audio since stream time {@code millis}: just after a rest it has not, and the
     * sound that woke it may be the start of a word.
     */
    boolean fedSince(long millis) {
        return !resting && hearingSinceMillis <= millis;
    }

    /** Stops feeding Vosk from stream time {@code nowMillis} until something sounds. */
    void rest(long nowMillis) {
        resting = true;
        restingSinceMillis = nowMillis;
    }

    /** Stream time not fed to Vosk so far: add it to Vosk's word times. */
    long skippedMillis() {
        return skippedMillis;
    }

    /** The result of an utterance Vosk ended; it also starts the next. */
    String result() {
        return recognizer.getResult();
    }

    /** Ends the utterance now and gives its result. */
    String finalResult() {
        return recognizer.getFinalResult();
    }

    String partialResult() {
        return recognizer.getPartialResult();
    }

    @Override
    public void close() {
        recognizer.close();
    }
}
