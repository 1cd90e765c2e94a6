package org.footcoach.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.footcoach.content.Exercise;

/** Passes each event to every listener in turn; a listener that throws is logged and the others still hear it. */
final class ListenerFanOut implements SessionListener {
    private static final System.Logger LOG = System.getLogger(SessionEngine.class.getName());

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    void add(SessionListener listener) {
        listeners.add(listener);
    }

    void remove(SessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        tell(l -> l.sessionStarted(plan, atMillis));
    }

    @Override
    public void exerciseStarted(int index, int count, Exercise exercise, int side) {
        tell(l -> l.exerciseStarted(index, count, exercise, side));
    }

    @Override
    public void cue(Cue cue) {
        tell(l -> l.cue(cue));
    }

    @Override
    public void speechInterrupted(long atMillis) {
        tell(l -> l.speechInterrupted(atMillis));
    }

    @Override
    public void command(Command command, CommandSource source, boolean acted) {
        tell(l -> l.command(command, source, acted));
    }

    @Override
    public void stateChanged(SessionSnapshot snapshot) {
        tell(l -> l.stateChanged(snapshot));
    }

    @Override
    public void holdEnded(Exercise exercise, int side, int set, int secondsHeld, boolean endedEarly) {
        tell(l -> l.holdEnded(exercise, side, set, secondsHeld, endedEarly));
    }

    @Override
    public void progressed(SessionSummary soFar) {
        tell(l -> l.progressed(soFar));
    }

    @Override
    public void sessionEnded(SessionSummary summary) {
        tell(l -> l.sessionEnded(summary));
    }

    private void tell(Consumer<SessionListener> event) {
        for (SessionListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "A session listener failed; the session goes on.", e);
            }
        }
    }
}
