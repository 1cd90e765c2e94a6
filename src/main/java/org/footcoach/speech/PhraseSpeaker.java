package org.footcoach.speech;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.footcoach.session.Earcon;
import org.footcoach.session.Phrases;

/**
 * Says a fixed phrase now, outside a session (the questions on the summary), through the same phrase cache (so a
 * recorded clip for the key replaces the voice) and the same sound output as a session. The caller never waits:
 * the phrase is rendered, if it is not yet, on a thread of its own. It starts after room for the "heard you" sound
 * that answers the press that asked for it, and a new phrase cuts off the one before. Whoever listens for the app's
 * own voice is told what is said and for how long, when it can be heard. Thread-safe.
 */
public final class PhraseSpeaker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PhraseSpeaker.class.getName());

    /** Told of each phrase as it is placed: its words, and how long from now until it has been said. */
    @FunctionalInterface
    public interface Saying {
        void saying(String text, long millisFromNow);
    }

    private final PhraseCache cache;
    private final CompletableFuture<AudioOutput> output;
    private final Phrases phrases;
    private final Saying told;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "phrase-speaker");
        t.setDaemon(true);
        return t;
    });
    /** Counts every say and quiet: a phrase rendered after a newer call is not played. */
    private long calls;
    /** Whether something this speaker placed may still be playing. */
    private boolean placed;

    public PhraseSpeaker(PhraseCache cache, CompletableFuture<AudioOutput> output, Phrases phrases, Saying told) {
        this.cache = cache;
        this.output = output;
        this.phrases = phrases;
        this.told = told;
    }

    /** Says the phrase {@code phraseKey}, cutting off what this speaker still says. Returns at once. */
    public void say(String phraseKey) {
        String text = phrases.text(phraseKey);
        long call = cutOff();
        thread.execute(() -> {
            try {
                Pcm pcm = cache.speech(phraseKey, text);
                output.thenAccept(out -> play(call, out, pcm, text));
            } catch (SpeechException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not say \"" + text + "\": " + e.getMessage());
            }
        });
    }

    /** Stops what this speaker says. */
    public void quiet() {
        cutOff();
    }

    private synchronized long cutOff() {
        calls++;
        if (placed) {
            placed = false;
            output.thenAccept(AudioOutput::cancelAll);
        }
        return calls;
    }

    private synchronized void play(long call, AudioOutput out, Pcm pcm, String text) {
        if (call != calls) {
            return;
        }
        long head = out.writeHead();
        long at = head + LiveSpeaker.LEAD_SAMPLES + cache.earcon(Earcon.HEARD_YOU).sampleCount()
                + LiveSpeaker.GAP_SAMPLES;
        out.play(pcm, at);
        placed = true;
        if (!out.isSilent()) {
            told.saying(text, (at - head) / Pcm.sampleOf(1) + pcm.millis());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
