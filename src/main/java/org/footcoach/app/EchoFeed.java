package org.footcoach.app;

import org.footcoach.listen.EchoGuard;
import org.footcoach.session.Clock;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;

/**
 * Tells the echo guard what each session says and when, so voice commands never obey the app's own voice. Each
 * session has a clock of its own; the guard runs on the voice input's clock, so cue times are moved by the
 * difference between the two, taken when the session starts.
 */
final class EchoFeed implements SessionListener {
    private final EchoGuard guard;
    private final Clock voiceClock;
    private volatile long offsetMillis;

    EchoFeed(EchoGuard guard, Clock voiceClock) {
        this.guard = guard;
        this.voiceClock = voiceClock;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        offsetMillis = voiceClock.millis() - atMillis;
    }

    @Override
    public void cue(Cue cue) {
        if (cue.isSpeech()) {
            long offset = offsetMillis;
            guard.speaking(cue.text(), cue.atMillis() + offset, cue.endMillis() + offset);
        }
    }
}
