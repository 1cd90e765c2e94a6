package org.footcoach.speech;

import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.SessionListener;

/**
 * The live voice of a session: plays each cue's PCM through the {@link AudioOutput} at its time, cuts speech off when
 * a command interrupts it, plays the "heard you" earcon that answers a command, and owns the volume steps.
 * Runs on the engine's thread and never blocks it on the sound device.
 */
public final class LiveSpeaker implements SessionListener {
    private final PhraseCache cache;
    private final AudioOutput output;
    private final Clock clock;
    private final CuePlayer player;

    /** @param clock the session's clock, the one its engine runs on */
    public LiveSpeaker(PhraseCache cache, AudioOutput output, Clock clock) {
        this.cache = cache;
        this.output = output;
        this.clock = clock;
        this.player = new CuePlayer(cache, output);
    }

    @Override
    public void cue(Cue cue) {
        player.play(cue, clock.millis());
    }

    @Override
    public void speechInterrupted(long atMillis) {
        player.silence();
    }

    @Override
    public void command(Command command, CommandSource source, boolean acted) {
        if (command == Command.LOUDER) {
            output.louder();
        } else if (command == Command.SOFTER) {
            output.softer();
        }
    }

    /** The "heard you" sound at once; speech placed after it waits for it to end. */
    public void answerHeard() {
        player.answer(cache.earcon(Earcon.HEARD_YOU));
    }

    public AudioOutput output() {
        return output;
    }
}
