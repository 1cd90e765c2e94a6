package org.footcoach.app;

import org.footcoach.listen.EchoGuard;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SpeechLength;

/**
 * Tells the echo guard what a session says and plays and when, so voice commands never obey the app's own voice,
 * and a command said right after one of the app's sounds is not taken for talk. The session runs on the clock the
 * guard's times are on (the app has one, see {@link SessionTiming.Source#clock()}), so cue times pass as they are.
 */
final class EchoFeed implements SessionListener {
    private final EchoGuard guard;
    private final Clock clock;
    private final SpeechLength lengths;

    /** @param lengths how long the "heard you" earcon that answers every command sounds */
    EchoFeed(EchoGuard guard, Clock clock, SpeechLength lengths) {
        this.guard = guard;
        this.clock = clock;
        this.lengths = lengths;
    }

    @Override
    public void cue(Cue cue) {
        guard.onCue(cue);
    }

    /** The session answers every command with the "heard you" earcon at once (see {@code LiveSpeaker}). */
    @Override
    public void command(Command command, CommandSource source, boolean acted) {
        long now = clock.millis();
        guard.sounding(now, now + lengths.earconMillis(Earcon.HEARD_YOU));
    }
}
