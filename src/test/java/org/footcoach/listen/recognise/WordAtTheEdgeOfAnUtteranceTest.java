package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.session.Command;
import org.junit.jupiter.api.Test;

/** What the recogniser heard in live-session benchmark runs ({@code bench/voice/run-live-session.sh}). */
class WordAtTheEdgeOfAnUtteranceTest {

    /**
     * "clean": the faint remains of the app counting "One", "Two", "Three" after the echo canceller, then a person's
     * "stop" 2.3 s in. An utterance that starts on those remains, as the app's did, never hears the "stop": Vosk's
     * result stays empty. A fresh hearing of the sound from just before it began hears it at once (bench/RESULTS.md,
     * "A word at the edge of an utterance").
     */
    @Test
    void aStopThatTheUtteranceMissesIsHeardWhenItsSoundEnds() throws Exception {
        List<HeardCommand> heard = heard("stop-after-counting.wav");
        assertThat(heard).extracting(HeardCommand::command).containsExactly(Command.STOP);
        assertThat(heard.get(0).saidFromMillis()).as("where the word sounds in the clip").isBetween(2_250L, 2_450L);
    }

    /**
     * "mixed": a person says "Of course. Just tell me when you are done with the washing." while the app counts. Vosk's
     * partial result for the new utterance's first word, "Just", is "done", and 160 ms of quiet follow it (the "t"
     * of "tell"): heard again after 100 ms of them, it was taken as "done" before the talk rule could hear the rest
     * of the sentence (bench/RESULTS.md, "Talk after a command word").
     */
    @Test
    void aCommandWordThatBeginsASentenceIsNotTaken() throws Exception {
        assertThat(heard("done-in-a-sentence.wav")).isEmpty();
    }

    private static List<HeardCommand> heard(String clipName) throws Exception {
        byte[] pcm = clip(clipName);
        List<HeardCommand> heard = new ArrayList<>();
        try (CommandRecognizer recognizer = new CommandRecognizer(Recognition.testModel(),
                CommandGrammar.standard(), RecognitionThresholds.measured(), CommandRecognizer.EchoCheck.NONE)) {
            for (int at = 0; at < pcm.length; at += 640) {
                int n = Math.min(640, pcm.length - at);
                byte[] chunk = Arrays.copyOfRange(pcm, at, at + n);
                recognizer.feed(chunk, n).ifPresent(heard::add);
            }
            recognizer.finish().ifPresent(heard::add);
        }
        return heard;
    }

    private static byte[] clip(String name) throws IOException, UnsupportedAudioFileException {
        try (InputStream in = WordAtTheEdgeOfAnUtteranceTest.class.getResourceAsStream(name);
             AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            return audio.readAllBytes();
        }
    }
}
