package org.footcoach.listen;

import java.util.function.LongUnaryOperator;
import org.footcoach.listen.echo.EchoGuard;
import org.footcoach.listen.recognise.CommandRecognizer;
import org.footcoach.session.Command;

/**
 * How the voice input tells the app's own sound from a person's: the echo guard, told on the app's clock what the app
 * said, and what the source's echo canceller measured, on the stream's timeline.
 */
final class AppEchoCheck implements CommandRecognizer.EchoCheck {
    private final EchoGuard guard;
    private final LongUnaryOperator clockMillis;
    private final AudioSource source;

    /** {@code clockMillis} turns a stream time into the app's clock time. */
    AppEchoCheck(EchoGuard guard, LongUnaryOperator clockMillis, AudioSource source) {
        this.guard = guard;
        this.clockMillis = clockMillis;
        this.source = source;
    }

    @Override
    public boolean isEcho(Command command, String phrase, long from, long to) {
        return guard.ignores(command, phrase, clockMillis.applyAsLong(from), clockMillis.applyAsLong(to))
                || source.wasEchoLeftOver(from, to);
    }

    @Override
    public boolean appSoundLeftIn(long from, long to) {
        return soundedBetween(from, to) && source.wasEchoLeftIn(from, to);
    }

    /**
     * Where the canceller measures the echo, the app's sound is in what was heard only where it was not taken out and
     * the filter finds it there: a person's talk while the app speaks, where the loudspeaker does not reach the
     * microphone (headphones, a loudspeaker far away), is then talk.
     */
    @Override
    public boolean appSounded(long from, long to) {
        return soundedBetween(from, to) && !source.wasCancelling(from, to)
                && (!source.measuresEcho() || source.wasEchoLeftIn(from, to));
    }

    private boolean soundedBetween(long from, long to) {
        return guard.soundedBetween(clockMillis.applyAsLong(from), clockMillis.applyAsLong(to));
    }
}
