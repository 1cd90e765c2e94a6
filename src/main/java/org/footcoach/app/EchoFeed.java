package org.footcoach.app;

import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.session.Cue;
import org.footcoach.session.SessionListener;

/**
 * Tells the echo guard what a session says and plays and when, so voice commands never obey the app's own voice,
 * and a command said right after one of the app's sounds is not taken for talk (the "heard you" sound that answers
 * a command is told to the guard by {@link SessionWiring}). The session runs on the clock the guard's times are on
 * (the app has one, see {@link SessionTiming.Source#clock()}), so cue times pass as they are.
 */
final class EchoFeed implements SessionListener {
    private final EchoGuard guard;

    EchoFeed(EchoGuard guard) {
        this.guard = guard;
    }

    @Override
    public void cue(Cue cue) {
        guard.onCue(cue);
    }
}
