package org.footcoach.speech;

import java.util.Optional;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.SessionListener;

/**
 * The live voice of a session: plays each cue's PCM through the {@link AudioOutput} at its time, cuts speech off when
 * a command interrupts it, answers every command with the "heard you" earcon, and owns the volume steps.
 * Runs on the engine's thread and never blocks it, on the sound device or on the voice: a phrase not rendered yet when
 * its cue comes, or longer than the time its cue was given (see {@link PhraseCache#withoutWaiting()}), is not played;
 * its caption still shows.
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
        Optional<Pcm> sound = cue.isSpeech()
                ? cache.ready(cue.phraseKey(), cue.text()).filter(pcm -> pcm.millis() <= cue.durationMillis())
                : Optional.of(cache.earcon(cue.earcon()));
        sound.ifPresent(pcm -> player.play(cue, pcm, clock.millis()));
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
        player.answer(cache.earcon(Earcon.HEARD_YOU));
    }

    public AudioOutput output() {
        return output;
    }
}
