package org.footcoach.speech;

import org.footcoach.session.Cue;

/**
 * Plays cues live through an {@link AudioOutput}, keeping their spacing exact to the sample: the first cue anchors
 * session time to a sample a little ahead of the write head, and later cues land at anchor + their time difference.
 * When a cue arrives too late for its sample, or the clocks have drifted too far apart, it re-anchors there.
 */
public final class CuePlayer {
    /** Room for the scheduler's jitter: cues that fire up to this late still land exactly. */
    static final long LEAD_SAMPLES = Pcm.sampleOf(60);
    /** Beyond this much ahead of the write head the timelines have drifted (or the session was paused): re-anchor. */
    static final long MAX_AHEAD_SAMPLES = LEAD_SAMPLES + Pcm.sampleOf(500);

    private final PhraseCache cache;
    private final AudioOutput output;
    private boolean anchored;
    private long anchorSample;
    private long anchorMillis;

    public CuePlayer(PhraseCache cache, AudioOutput output) {
        this.cache = cache;
        this.output = output;
    }

    /** Call when the cue is due on the session clock. Returns the output sample it was placed at. */
    public synchronized long play(Cue cue) {
        Pcm pcm = cue.isSpeech() ? cache.speech(cue.phraseKey(), cue.text()) : cache.earcon(cue.earcon());
        long head = output.writeHead();
        long target = anchorSample + Pcm.sampleOf(cue.atMillis() - anchorMillis);
        if (!anchored || target < head || target > head + MAX_AHEAD_SAMPLES) {
            anchored = true;
            anchorSample = head + LEAD_SAMPLES;
            anchorMillis = cue.atMillis();
            target = anchorSample;
        }
        output.play(pcm, target);
        return target;
    }

    /** Cuts off everything playing or placed (stop, pause, skip) and forgets the anchor. */
    public synchronized void silence() {
        output.cancelAll();
        anchored = false;
    }
}
