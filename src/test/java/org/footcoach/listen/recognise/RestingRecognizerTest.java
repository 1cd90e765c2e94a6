package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Noise;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.session.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

/**
 * The recogniser rests while the room is quiet, and a word said after a long quiet is still heard, with its times
 * on the stream where it was said; in a noisy room it never rests.
 */
class RestingRecognizerTest {
    private static final int CHUNK_SAMPLES = 320;
    private static final int WORD_AT_MILLIS = 20_000;

    private static Model model;
    private static short[] stop;

    @BeforeAll
    static void load() throws IOException {
        model = Recognition.testModel();
        stop = new EspeakSpeaker("en-us", 150, 50).say("stop");
    }

    @Test
    void restsThroughAQuietRoomAndHearsTheWordAfterIt() throws IOException {
        short[] stream = wordIn(30, WORD_AT_MILLIS);
        try (RestingRecognizer resting = new RestingRecognizer(model, CommandGrammar.standard().toVoskJson())) {
            List<RestingRecognizer.Fed> fed = feed(resting, stream);
            assertThat(fed).contains(RestingRecognizer.Fed.RESTING);
            assertThat(resting.skippedMillis()).as("quiet not fed to Vosk, ms")
                    .isBetween(WORD_AT_MILLIS - 2_000L, (long) WORD_AT_MILLIS);
        }
    }

    @Test
    void neverRestsInANoisyRoom() throws IOException {
        short[] stream = wordIn(1_000, WORD_AT_MILLIS);
        try (RestingRecognizer resting = new RestingRecognizer(model, CommandGrammar.standard().toVoskJson())) {
            assertThat(feed(resting, stream)).doesNotContain(RestingRecognizer.Fed.RESTING);
            assertThat(resting.skippedMillis()).isZero();
        }
    }

    @Test
    void aCommandAfterALongQuietIsTimedWhereItWasSaid() throws IOException {
        short[] stream = wordIn(30, WORD_AT_MILLIS);
        List<HeardCommand> heard = new ArrayList<>();
        try (CommandRecognizer recognizer = new CommandRecognizer(model, CommandGrammar.standard(),
                RecognitionThresholds.measured(), CommandRecognizer.EchoCheck.NONE)) {
            byte[] chunk = new byte[2 * CHUNK_SAMPLES];
            for (int at = 0; at + CHUNK_SAMPLES <= stream.length; at += CHUNK_SAMPLES) {
                toBytes(stream, at, chunk);
                recognizer.feed(chunk, chunk.length).ifPresent(heard::add);
            }
            recognizer.finish().ifPresent(heard::add);
        }
        long wordEndMillis = WORD_AT_MILLIS + stop.length / 16; // with the quiet after it
        assertThat(heard).extracting(HeardCommand::command).containsExactly(Command.STOP);
        assertThat(heard.get(0).saidFromMillis()).as("said from, ms").isBetween(WORD_AT_MILLIS - 300L,
                wordEndMillis);
        assertThat(heard.get(0).streamMillis()).as("decided at, ms").isBetween((long) WORD_AT_MILLIS,
                wordEndMillis + 1_500);
    }

    /** "stop" at {@code wordAtMillis} in steady white noise of {@code noiseRms}, then 3 s more of it. */
    private static short[] wordIn(double noiseRms, int wordAtMillis) {
        int wordAt = wordAtMillis * 16;
        short[] stream = new short[wordAt + stop.length + 3 * 16_000];
        Random noise = new Random(7);
        for (int i = 0; i < stream.length; i++) {
            double word = i >= wordAt && i < wordAt + stop.length ? stop[i - wordAt] : 0;
            stream[i] = Noise.clip(word + noise.nextGaussian() * noiseRms);
        }
        return stream;
    }

    private static List<RestingRecognizer.Fed> feed(RestingRecognizer resting, short[] stream) {
        List<RestingRecognizer.Fed> fed = new ArrayList<>();
        byte[] chunk = new byte[2 * CHUNK_SAMPLES];
        long streamMillis = 0;
        for (int at = 0; at + CHUNK_SAMPLES <= stream.length; at += CHUNK_SAMPLES) {
            toBytes(stream, at, chunk);
            streamMillis += 20;
            RestingRecognizer.Fed f = resting.feed(chunk, chunk, chunk.length, streamMillis);
            fed.add(f);
            if (f == RestingRecognizer.Fed.UTTERANCE_ENDED) {
                resting.result();
            } else if (resting.mayRest(streamMillis)) {
                resting.rest(streamMillis);
            }
        }
        return fed;
    }

    private static void toBytes(short[] samples, int at, byte[] chunk) {
        for (int k = 0; k < chunk.length / 2; k++) {
            chunk[2 * k] = (byte) samples[at + k];
            chunk[2 * k + 1] = (byte) (samples[at + k] >> 8);
        }
    }
}
