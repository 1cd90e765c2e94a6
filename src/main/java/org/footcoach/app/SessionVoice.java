package org.footcoach.app;

import java.util.concurrent.CompletableFuture;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSummary;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.LiveSpeaker;
import org.footcoach.speech.PhraseCache;

/**
 * The voice of each live session: when a session starts it renders that plan's speech ahead in the background and
 * gives the session a fresh {@link LiveSpeaker} on the app's one sound output, tied to the session's clock.
 */
final class SessionVoice implements SessionListener {
    private final PhraseCache cache;
    private final CompletableFuture<AudioOutput> output;
    private final FollowingClock clock = new FollowingClock();
    private volatile LiveSpeaker speaker;

    /** @param output opens in the background; the first session waits for it (the probe gives up after 3 s) */
    SessionVoice(PhraseCache cache, CompletableFuture<AudioOutput> output) {
        this.cache = cache;
        this.output = output;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        clock.alignTo(atMillis);
        cache.prepare(plan);
        speaker = new LiveSpeaker(cache, output.join(), clock);
    }

    @Override
    public void cue(Cue cue) {
        if (speaker != null) {
            speaker.cue(cue);
        }
    }

    @Override
    public void speechInterrupted(long atMillis) {
        if (speaker != null) {
            speaker.speechInterrupted(atMillis);
        }
    }

    @Override
    public void command(Command command, CommandSource source, boolean acted) {
        if (speaker != null) {
            speaker.command(command, source, acted);
        }
    }

    @Override
    public void sessionEnded(SessionSummary summary) {
        speaker = null;
    }

    /** Plays the "heard you" sound in the running session's timeline; false when no session runs. */
    boolean answerHeard() {
        LiveSpeaker running = speaker;
        if (running == null) {
            return false;
        }
        running.answerHeard();
        return true;
    }
}
