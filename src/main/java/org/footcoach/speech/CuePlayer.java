package org.footcoach.speech;

import org.footcoach.session.Cue;
import org.footcoach.session.SessionSettings;

/**
 * Plays cues live through an {@link AudioOutput}, keeping their spacing exact to the sample. The first cue ties
 * session time to output samples (a little ahead of the write head, to absorb the scheduler's jitter); later cues
 * land at that offset plus their session time, whether they are handed over on time or ahead of time. When a cue
 * would land before the write head, or the two clocks have drifted apart, the tie is made afresh at that cue, but
 * never before the end of a clip already placed (plus the gap between cues): after a stall that clip may not have
 * played yet.
 */
public final class CuePlayer {
    /** Room for the scheduler's jitter: cues that fire up to this late still land exactly. */
    static final long LEAD_SAMPLES = Pcm.sampleOf(60);
    /** Drift between session clock and sound card beyond which the tie is remade (one small jump, then exact). */
    static final long DRIFT_LIMIT_SAMPLES = Pcm.sampleOf(250);
    /** Least silence after a placed clip when a cue is tied afresh: the session's usual gap between cues. */
    static final long GAP_SAMPLES = Pcm.sampleOf(SessionSettings.defaults().gapMillis());

    private final PhraseCache cache;
    private final AudioOutput output;
    private boolean anchored;
    /** Output sample of session time 0. */
    private long offset;
    /** End of the last answer sound, so speech tied afresh after a command does not start on top of it. */
    private long answerEnd;
    /** End of the last clip placed plus the gap; nothing placed since the last silence when Long.MIN_VALUE. */
    private long freeFrom = Long.MIN_VALUE;

    public CuePlayer(PhraseCache cache, AudioOutput output) {
        this.cache = cache;
        this.output = output;
    }

    /**
     * Places the cue, its speech rendered first if it is not yet; {@code nowMillis} is the session clock's time now.
     * Returns the output sample it starts at.
     */
    public long play(Cue cue, long nowMillis) {
        return play(cue, cue.isSpeech() ? cache.speech(cue.phraseKey(), cue.text()) : cache.earcon(cue.earcon()),
                nowMillis);
    }

    /** Places {@code pcm}, the sound of {@code cue}, as {@link #play(Cue, long)} does. */
    public synchronized long play(Cue cue, Pcm pcm, long nowMillis) {
        long head = output.writeHead();
        long earliest = Math.max(head + LEAD_SAMPLES, answerEnd);
        long ifTiedNow = earliest + Pcm.sampleOf(Math.max(0, cue.atMillis() - nowMillis));
        long target = offset + Pcm.sampleOf(cue.atMillis());
        if (!anchored || target < head || Math.abs(target - ifTiedNow) > DRIFT_LIMIT_SAMPLES) {
            anchored = true;
            target = Math.max(ifTiedNow, freeFrom);
            offset = target - Pcm.sampleOf(cue.atMillis());
        }
        output.play(pcm, target);
        freeFrom = Math.max(freeFrom, target + pcm.sampleCount() + GAP_SAMPLES);
        return target;
    }

    /** Plays a short sound at once, outside the session timeline (the answer to a command). */
    public synchronized void answer(Pcm pcm) {
        long head = output.writeHead();
        output.play(pcm, head);
        answerEnd = head + pcm.sampleCount();
    }

    /** Cuts off everything playing or placed (stop, pause, skip) and forgets the tie. */
    public synchronized void silence() {
        output.cancelAll();
        anchored = false;
        freeFrom = Long.MIN_VALUE;
    }
}
