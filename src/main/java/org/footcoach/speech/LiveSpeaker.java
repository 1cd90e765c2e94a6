package org.footcoach.speech;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSummary;

/**
 * The live voice of one session: renders the plan's speech ahead as the session starts, plays each cue's PCM through
 * the {@link AudioOutput} at its time, cuts speech off when a command interrupts it, plays the "heard you" earcon
 * that answers a command, and owns the volume steps. Runs on the engine's thread and, once the output is open, never
 * blocks it, on the sound device or on the voice: a phrase not rendered yet when its cue comes, or longer than the
 * time its cue was given (see {@link PhraseCache#withoutWaiting()}), is not played; its caption still shows.
 *
 * <p>Spacing is exact to the sample. The first cue ties session time to output samples (a little ahead of the write
 * head, to absorb the scheduler's jitter); later cues land at that offset plus their session time, whether they are
 * handed over on time or ahead of time. When a cue would land before the write head, or the two clocks have drifted
 * apart, the tie is made afresh at that cue, but never before the end of a clip already placed (plus the gap between
 * cues): after a stall that clip may not have played yet.
 */
public final class LiveSpeaker implements SessionListener {
    private static final System.Logger LOG = System.getLogger(LiveSpeaker.class.getName());
    /** Room for the scheduler's jitter: cues that fire up to this late still land exactly. */
    static final long LEAD_SAMPLES = Pcm.sampleOf(60);
    /** Drift between session clock and sound card beyond which the tie is remade (one small jump, then exact). */
    static final long DRIFT_LIMIT_SAMPLES = Pcm.sampleOf(250);
    /** Least silence after a placed clip when a cue is tied afresh: the session's usual gap between cues. */
    static final long GAP_SAMPLES = Pcm.sampleOf(SessionSettings.defaults().gapMillis());

    private final PhraseCache cache;
    private final CompletableFuture<AudioOutput> opening;
    private final Clock clock;
    private final Consumer<Cue> played;
    private boolean anchored;
    /** Output sample of session time 0. */
    private long offset;
    /** End of the last answer sound, so speech tied afresh after a command does not start on top of it. */
    private long answerEnd;
    /** End of the last clip placed plus the gap; nothing placed since the last silence when Long.MIN_VALUE. */
    private long freeFrom = Long.MIN_VALUE;
    private boolean ended;

    /** @param clock the session's clock, the one its engine runs on */
    public LiveSpeaker(PhraseCache cache, AudioOutput output, Clock clock) {
        this(cache, CompletableFuture.completedFuture(output), clock, cue -> { });
    }

    /**
     * @param output the app's sound output, perhaps still opening: the session's start waits for it (the device probe
     *               gives up after 3 s)
     * @param clock  the session's clock, the one its engine runs on
     * @param played hears of each cue that was really played, on the engine's thread
     */
    public LiveSpeaker(PhraseCache cache, CompletableFuture<AudioOutput> output, Clock clock, Consumer<Cue> played) {
        this.cache = cache;
        this.opening = output;
        this.clock = clock;
        this.played = played;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        cache.prepare(plan);
        opening.join();
    }

    /** Waits for an output still opening, as only the start of the first session should have to. */
    private AudioOutput output() {
        return opening.join();
    }

    @Override
    public synchronized void cue(Cue cue) {
        Optional<Pcm> sound = cue instanceof Cue.Speech speech
                ? cache.ready(speech.phraseKey().orElse(null), speech.text())
                        .filter(pcm -> pcm.millis() <= cue.durationMillis())
                : Optional.of(cache.earcon(((Cue.Sound) cue).earcon()));
        if (sound.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Not ready in time, shown as a caption only: {0}",
                    ((Cue.Speech) cue).text());
            return;
        }
        Pcm pcm = sound.get();
        AudioOutput output = output();
        long head = output.writeHead();
        long earliest = Math.max(head + LEAD_SAMPLES, answerEnd);
        long ifTiedNow = earliest + Pcm.sampleOf(Math.max(0, cue.atMillis() - clock.millis()));
        long target = offset + Pcm.sampleOf(cue.atMillis());
        if (!anchored || target < head || Math.abs(target - ifTiedNow) > DRIFT_LIMIT_SAMPLES) {
            anchored = true;
            target = Math.max(ifTiedNow, freeFrom);
            offset = target - Pcm.sampleOf(cue.atMillis());
        }
        output.play(pcm, target);
        freeFrom = Math.max(freeFrom, target + pcm.sampleCount() + GAP_SAMPLES);
        if (!output.isSilent()) {
            played.accept(cue);
        }
    }

    /** Cuts off everything playing or placed (stop, pause, skip) and forgets the tie. */
    @Override
    public synchronized void speechInterrupted(long atMillis) {
        output().cancelAll();
        anchored = false;
        freeFrom = Long.MIN_VALUE;
    }

    /** Steps the volume for LOUDER and SOFTER. */
    @Override
    public synchronized void command(Command command, CommandSource source, boolean acted) {
        AudioOutput output = output();
        if (command == Command.LOUDER) {
            output.louder();
        } else if (command == Command.SOFTER) {
            output.softer();
        }
    }

    /**
     * The "heard you" sound at once, outside the session timeline; speech tied afresh after it waits for it to end.
     * False, and nothing played, once the session has ended.
     */
    public synchronized boolean answerHeard() {
        if (ended) {
            return false;
        }
        AudioOutput output = output();
        Pcm answer = cache.earcon(Earcon.HEARD_YOU);
        long head = output.writeHead();
        output.play(answer, head);
        answerEnd = head + answer.sampleCount();
        return true;
    }

    @Override
    public synchronized void sessionEnded(SessionSummary summary) {
        ended = true;
    }
}
