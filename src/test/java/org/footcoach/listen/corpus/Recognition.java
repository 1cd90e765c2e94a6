package org.footcoach.listen.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Runs each utterance in its own recogniser, on every core at once (the model is shared and read only), and gives
     * the outcomes in the order given. The feeding times are then shared with the others: use {@link #runInTurn} to
     * measure them.
     */
    public List<Outcome> runAll(List<Utterance> utterances) {
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Utterance u : utterances) {
                running.add(cores.submit(() -> run(u)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recognising", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Recognising failed", e.getCause());
        } finally {
            cores.shutdownNow();
        }
    }

    /** Runs each utterance in turn, so that each chunk's feeding time is its own. */
    public List<Outcome> runInTurn(List<Utterance> utterances) {
        return utterances.stream().map(this::run).toList();
    }
}
