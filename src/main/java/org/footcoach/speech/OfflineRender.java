package org.footcoach.speech;

import java.nio.file.Path;
import java.util.List;
import org.footcoach.session.Cue;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionSettings;

/**
 * Renders a whole routine as a follow-along track: the session engine runs on a virtual clock without waiting for
 * "ready", and every cue's PCM (speech and earcons) is mixed at its exact sample into one 16 kHz mono WAV, with a
 * WebVTT caption per utterance. Same timeline as a live session, because the lengths come from the same cache.
 */
public final class OfflineRender {
    /** Silence after the last sound, so a player does not cut the last word. */
    static final long TAIL_MILLIS = 1000;

    private final PhraseCache cache;
    private final SessionSettings settings;

    public OfflineRender(PhraseCache cache, SessionSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    public CueMixdown render(Plan plan) {
        List<Cue> cues = CueTimeline.render(plan, cache, settings);
        CueMixdown mixdown = new CueMixdown(cache);
        long end = 0;
        for (Cue cue : cues) {
            mixdown.add(cue);
            end = Math.max(end, cue.endMillis());
        }
        mixdown.endAt(end + TAIL_MILLIS);
        return mixdown;
    }

    /** Renders and writes both files; returns the mixdown for a summary (length, captions). */
    public CueMixdown export(Plan plan, Path wav, Path vtt) {
        CueMixdown mixdown = render(plan);
        mixdown.write(wav, vtt);
        return mixdown;
    }
}
