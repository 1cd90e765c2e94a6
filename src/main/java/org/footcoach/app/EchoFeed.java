package org.footcoach.app;

import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SpeechLength;

/**
 * Tells the echo guard what each session says and plays and when, so voice commands never obey the app's own voice,
 * and a command said right after one of the app's sounds is not taken for talk. Each session has a clock of its own;
 * the guard runs on the voice input's clock, so cue times are moved by the difference between the two, taken when
 * the session starts.
 */
final class EchoFeed implements SessionListener {
    private final EchoGuard guard;
    private final Clock voiceClock;
    private final SpeechLength lengths;
    private volatile long offsetMillis;

    /** @param lengths how long the "heard you" earcon that answers every command sounds */
    EchoFeed(EchoGuard guard, Clock voiceClock, SpeechLength lengths) {
        this.guard = guard;
        this.voiceClock = voiceClock;
        this.lengths = lengths;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        offsetMillis = voiceClock.millis() - atMillis;
    }

    @Override
    public void cue(Cue cue) {
        long offset = offsetMillis;
        guard.onCue(new Cue(cue.atMillis() + offset, cue.durationMillis(), cue.text(), cue.phraseKey(), cue.count(),
                cue.earcon(), cue.exerciseId()));
    }
}
