package org.footcoach.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanStep;
import org.footcoach.session.SpeechLength;

/**
 * Speech and earcons as PCM in memory, rendered once by one voice. Fixed phrases and numbers are rendered in the
 * background by {@link #prepare(Map)}, which never blocks its caller; anything else is rendered when first asked for
 * and kept. A recorded clip ({@link RecordedClips}) for a phrase key replaces the synthetic voice for that key.
 * Knows every length before it is played, so it answers {@link SpeechLength} from the real PCM, waiting for it; a live
 * session, which must never wait for a voice, uses {@link #withoutWaiting()}. {@link #speakWith} changes the voice (or
 * its speed) from then on: what the old one rendered is dropped, never mixed in, and what was prepared ahead is
 * rendered again in the background by the new one.
 */
public final class PhraseCache implements SpeechLength, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PhraseCache.class.getName());

    private static final int STAND_IN_WORDS_PER_MINUTE = 150;
    /**
     * How long a thread waits for a phrase another thread is rendering (an export that reaches a phrase the background
     * is still rendering); a voice that renders normally takes well under a second.
     */
    private static final Duration RENDER_WAIT = Duration.ofSeconds(3);

    private volatile Rendering rendering;
    private final RecordedClips recorded;
    private final EarconSounds earcons;
    private final BackgroundRender background;
    private final Duration renderWait;
    private volatile boolean closed;
    private final Map<String, Boolean> hasRecording = new ConcurrentHashMap<>();
    /** What was prepared ahead, to render again when the voice changes: fixed phrases, and the last plan's words. */
    private final List<Utterance> phrasesAhead = new CopyOnWriteArrayList<>();
    private volatile List<Utterance> planAhead = List.of();

    /**
     * One voice, its stand-in and what they rendered: synthetic speech by "text:" + text, and recorded clips by
     * "key:" + phrase key. A render keeps to the one it started in, so a render of the old voice that ends after a
     * change goes where nothing reads it.
     */
    private record Rendering(Voice voice, Supplier<Voice> standIn, Map<String, CompletableFuture<Pcm>> clips) {
        Rendering(Voice voice, Supplier<Voice> standIn) {
            this(Objects.requireNonNull(voice), standIn, new ConcurrentHashMap<>());
        }
    }

    public PhraseCache(Voice voice, RecordedClips recorded, EarconSounds earcons) {
        this(voice, null, recorded, earcons);
    }

    /**
     * @param standIn the voice to use when {@code voice} fails on a text (e.g. a subprocess voice that broke),
     *                created only if needed; typically the catalog's FreeTTS. May be null.
     */
    public PhraseCache(Voice voice, Supplier<Voice> standIn, RecordedClips recorded, EarconSounds earcons) {
        this(voice, standIn, recorded, earcons, RENDER_WAIT);
    }

    /** As above; {@code renderWait} bounds the wait for a phrase that another thread is rendering. */
    PhraseCache(Voice voice, Supplier<Voice> standIn, RecordedClips recorded, EarconSounds earcons,
                Duration renderWait) {
        this.renderWait = Objects.requireNonNull(renderWait);
        this.rendering = new Rendering(voice, standIn);
        this.recorded = Objects.requireNonNull(recorded);
        this.earcons = Objects.requireNonNull(earcons);
        this.background = new BackgroundRender(this::prepareOne, this::closing);
    }

    /** The voice that speaks from now on. */
    public Voice voice() {
        return rendering.voice();
    }

    /**
     * Speaks with {@code voice} (and {@code standIn} when it fails; may be null) from now on: nothing rendered before
     * is used again, and what was prepared ahead is rendered again in the background, in the same order. Returns at
     * once; the future completes when all of that is ready. Until a phrase is ready again, a live session shows it
     * as a caption only, as with any phrase not ready.
     */
    public CompletableFuture<Void> speakWith(Voice voice, Supplier<Voice> standIn) {
        rendering = new Rendering(voice, standIn);
        List<Utterance> again = new ArrayList<>(phrasesAhead);
        again.addAll(planAhead);
        return background.inOrder(again);
    }

    /**
     * Starts rendering these phrases (phrase key to text) on a background thread and returns at once. The future
     * completes when all are ready; a phrase that fails is logged and rendered again when asked for.
     */
    public CompletableFuture<Void> prepare(Map<String, String> textByPhraseKey) {
        List<Utterance> utterances = new ArrayList<>();
        textByPhraseKey.forEach((key, text) -> utterances.add(new Utterance(key, text)));
        phrasesAhead.addAll(utterances);
        return background.inOrder(utterances);
    }

    /**
     * Starts rendering everything a plan says, in the order it says it (exercise names, steps, counts, clock, reminders),
     * so a live session finds its speech ready. Returns at once.
     */
    public CompletableFuture<Void> prepare(Plan plan) {
        List<Utterance> utterances = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            if (step.text() != null) {
                utterances.add(new Utterance(step.phraseKey(), step.text()));
            }
        }
        planAhead = List.copyOf(utterances);
        return background.inOrder(utterances);
    }

    private void prepareOne(Utterance u) {
        try {
            speech(u.phraseKey(), u.text());
        } catch (SpeechException e) {
            if (!closing()) {
                LOG.log(System.Logger.Level.WARNING, "Could not prepare \"" + u.text() + "\": " + e.getMessage());
            }
        }
    }

    /**
     * Starts rendering every fixed phrase of the session bundle in the background. Phrases with a {@code {0}}
     * placeholder are skipped, and never take a recorded clip: their words change.
     */
    public CompletableFuture<Void> prepare(Phrases phrases) {
        Map<String, String> fixed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(phrases.keys());
        keys.sort(Comparator.comparingInt(PhraseCache::urgency));
        for (String key : keys) {
            String text = phrases.text(key);
            if (text.contains("{")) {
                hasRecording.put(key, false);
            } else {
                fixed.put(key, text);
            }
        }
        return prepare(fixed);
    }

    /** What a session says first is rendered first: its opening words, then the count words. */
    private static int urgency(String key) {
        if (key.startsWith("session.") || key.startsWith("stop-rules.")) {
            return 0;
        }
        return key.startsWith("count.") ? 1 : 2;
    }

    /**
     * The PCM for this utterance: the recorded clip for {@code phraseKey} if there is one that can be read, else the
     * voice's.
     */
    public Pcm speech(String phraseKey, String text) {
        Rendering now = rendering;
        if (phraseKey != null && hasRecording.computeIfAbsent(phraseKey, key -> loadRecording(now, key))) {
            return cached(now, "key:" + phraseKey, text, () -> recorded.find(phraseKey).orElseThrow());
        }
        return cached(now, "text:" + text, text, () -> renderOrStandIn(now, text));
    }

    /**
     * Reads the recorded clip for {@code phraseKey} into the cache; false if there is none. A clip that cannot be
     * read (cut short, not a PCM WAV) is reported once and the voice says the phrase instead, as it would with none.
     */
    private boolean loadRecording(Rendering now, String phraseKey) {
        try {
            Optional<Pcm> clip = recorded.find(phraseKey);
            clip.ifPresent(pcm -> now.clips().putIfAbsent("key:" + phraseKey, CompletableFuture.completedFuture(pcm)));
            return clip.isPresent();
        } catch (SpeechException e) {
            LOG.log(System.Logger.Level.WARNING, "The recorded clip for " + phraseKey
                    + " cannot be read; the voice says it instead. " + e.getMessage());
            return false;
        }
    }

    /**
     * Forgets what this cache knows of the recorded clip for {@code phraseKey}, so the next time the phrase is needed
     * a clip saved, replaced or deleted since is found again (or the voice says it).
     */
    public void forget(String phraseKey) {
        hasRecording.remove(phraseKey);
        rendering.clips().remove("key:" + phraseKey);
    }

    /**
     * A voice that fails must not stop the session: the built-in voice stands in, and if that fails too, silence
     * as long as the words would take keeps the timeline (the caption still shows them).
     */
    private Pcm renderOrStandIn(Rendering now, String text) {
        try {
            return now.voice().render(text);
        } catch (SpeechException e) {
            if (closing()) {
                throw e; // not a broken voice: the cache is closing, nothing more will be said
            }
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
        return standInOrSilence(now, text);
    }

    private Pcm standInOrSilence(Rendering now, String text) {
        if (now.standIn() != null) {
            try {
                return now.standIn().get().render(text);
            } catch (SpeechException e) {
                LOG.log(System.Logger.Level.WARNING, "The stand-in voice failed too: " + e.getMessage());
            }
        }
        int words = text.strip().split("\\s+").length;
        return Pcm.silence(Pcm.SAMPLE_RATE * words * 60 / STAND_IN_WORDS_PER_MINUTE);
    }

    /** Lengths that never wait for a voice, for a live session's thread: see {@link ReadyLengths}. */
    public SpeechLength withoutWaiting() {
        return new ReadyLengths(this);
    }

    /**
     * The PCM for this utterance if it is ready now. Else empty, and it is rendered soon in the background, before the
     * phrases prepared ahead. Never waits.
     */
    Optional<Pcm> ready(String phraseKey, String text) {
        Boolean recording = phraseKey == null ? Boolean.FALSE : hasRecording.get(phraseKey);
        CompletableFuture<Pcm> clip = recording == null ? null
                : rendering.clips().get(recording ? "key:" + phraseKey : "text:" + text);
        if (clip == null) {
            background.soon(new Utterance(phraseKey, text));
        } else if (clip.isDone() && !clip.isCompletedExceptionally()) {
            return Optional.of(clip.join());
        }
        return Optional.empty();
    }

    public Pcm earcon(Earcon earcon) {
        return earcons.sound(earcon);
    }

    /** What {@code cue} plays: its words, or its earcon. */
    public Pcm pcmOf(Cue cue) {
        return cue instanceof Cue.Speech speech
                ? speech(speech.phraseKey().orElse(null), speech.text()) : earcon(((Cue.Sound) cue).earcon());
    }

    @Override
    public long sayMillis(String phraseKey, String text) {
        return speech(phraseKey, text).millis();
    }

    @Override
    public long earconMillis(Earcon earcon) {
        return earcon(earcon).millis();
    }

    /**
     * Renders on the calling thread unless another thread is already rendering the same clip; then waits for it, but
     * no longer than {@code renderWait}. After that the stand-in (or silence) takes the clip's place for everyone,
     * the thread still rendering included, so its length and what plays always agree.
     */
    private Pcm cached(Rendering now, String key, String text, Supplier<Pcm> render) {
        CompletableFuture<Pcm> mine = new CompletableFuture<>();
        CompletableFuture<Pcm> existing = now.clips().putIfAbsent(key, mine);
        if (existing != null) {
            return awaitOrStandIn(now, existing, text);
        }
        try {
            mine.complete(render.get());
            return mine.join();
        } catch (RuntimeException e) {
            now.clips().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Pcm awaitOrStandIn(Rendering now, CompletableFuture<Pcm> clip, String text) {
        try {
            return clip.get(renderWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "\"" + text + "\" was still being rendered after "
                    + renderWait.toMillis() + " ms; the stand-in voice or silence says it instead.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (closing()) {
                throw new SpeechException("Waiting for \"" + text + "\" to be rendered was interrupted.", e);
            }
            LOG.log(System.Logger.Level.WARNING, "Interrupted while waiting for \"" + text
                    + "\" to be rendered; the stand-in voice or silence says it instead.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new SpeechException(e.getMessage(), e);
        }
        clip.complete(standInOrSilence(now, text));
        return clip.join();
    }

    /**
     * After {@link #close()}, a voice that fails was most likely interrupted by it, not broken. Only the cache's own
     * closing counts: a session thread interrupted while the cache stays open still gets the stand-in or silence.
     */
    private boolean closing() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        background.close();
    }
}
