package org.footcoach.listen.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.footcoach.listen.recognise.CommandGrammar;
import org.footcoach.listen.recognise.CommandRecognizer;
import org.footcoach.listen.recognise.HeardCommand;
import org.footcoach.listen.recognise.ModelCache;
import org.footcoach.listen.recognise.RecognitionThresholds;
import org.footcoach.listen.recognise.RefusedCommand;
import org.footcoach.listen.recognise.VoiceModel;
import org.vosk.Model;

/** Runs corpus audio through the real recogniser, as fast as it goes, 20 ms at a time like the live service. */
public final class Recognition {

    private static final int CHUNK_SAMPLES = 320;

    /**
     * What one utterance gave: every command decided (at most one is right), every command word not taken, and how
     * long the feeding took.
     */
    public record Outcome(Utterance utterance, List<HeardCommand> heard, List<RefusedCommand> refused,
                          long maxChunkNanos) {
        public boolean right() {
            return utterance.isDecoy() ? heard.isEmpty()
                    : heard.size() == 1 && heard.get(0).command() == utterance.expected();
        }

        /** Stream time from the end of the word to the command, in ms; negative when decided before the end. */
        public long latencyMillis() {
            return heard.get(0).streamMillis() - utterance.wordEndMillis();
        }
    }

    private final Model model;
    private final CommandGrammar grammar;
    private final RecognitionThresholds thresholds;

    public Recognition(Model model, CommandGrammar grammar, RecognitionThresholds thresholds) {
        this.model = model;
        this.grammar = grammar;
        this.thresholds = thresholds;
    }

    /** The bundled model, unpacked once into {@code target/voice-model-cache} (kept between runs by the marker). */
    public static Model testModel() throws IOException {
        return VoiceModel.loadNow(testModelDir()).await();
    }

    public static synchronized Path testModelDir() throws IOException {
        return new ModelCache(Path.of("target", "voice-model-cache"), ModelCache.bundled()::openArchive).prepare();
    }

    public Outcome run(Utterance u) {
        return run(u, CommandRecognizer.EchoCheck.NONE);
    }

    public Outcome run(Utterance u, CommandRecognizer.EchoCheck echo) {
        List<HeardCommand> heard = new ArrayList<>();
        List<RefusedCommand> refused = new ArrayList<>();
        long maxChunk = 0;
        try (CommandRecognizer r = new CommandRecognizer(model, grammar, thresholds, echo, refused::add)) {
            short[] s = u.samples();
            for (int at = 0; at < s.length; at += CHUNK_SAMPLES) {
                byte[] chunk = Tools.toBytes(s, at, Math.min(s.length, at + CHUNK_SAMPLES));
                long t0 = System.nanoTime();
                Optional<HeardCommand> h = r.feed(chunk, chunk.length);
                maxChunk = Math.max(maxChunk, System.nanoTime() - t0);
                h.ifPresent(heard::add);
            }
            r.finish().ifPresent(heard::add);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make a recogniser", e);
        }
        return new Outcome(u, heard, refused, maxChunk);
    }

    public List<Outcome> runAll(List<Utterance> utterances) {
        return utterances.stream().map(this::run).toList();
    }
}
