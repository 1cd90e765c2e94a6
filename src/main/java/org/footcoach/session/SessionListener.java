package org.footcoach.session;

import org.footcoach.content.Exercise;

/**
 * Hears everything a session does. Called on the engine's thread, in timeline order; a listener that draws
 * must hop to its own thread. A listener that throws is logged and does not stop the session.
 */
public interface SessionListener {
    default void sessionStarted(Plan plan, long atMillis) {
    }

    /**
     * An exercise begins (its name is about to be said), or its second side begins.
     *
     * @param index 0-based; shown as index + 1 of {@code count}
     * @param side  0 when it has no sides, else 1 or 2
     */
    default void exerciseStarted(int index, int count, Exercise exercise, int side) {
    }

    /** Something to say or play at {@code cue.atMillis()}. Speech cues never overlap unless interrupted. */
    default void cue(Cue cue) {
    }

    /** A command cut in: stop the cue now playing at once. Cues after this start at or after {@code atMillis}. */
    default void speechInterrupted(long atMillis) {
    }

    /**
     * Every command, acted on or not. LOUDER and SOFTER are always passed on with {@code acted} true: the speech
     * output owns the volume. Answer each with a short sound and a caption.
     */
    default void command(Command command, CommandSource source, boolean acted) {
    }

    /** After every change the screen may show: state, count, progress, minutes left. */
    default void stateChanged(SessionSnapshot snapshot) {
    }

    /** A hold finished, by its count or early with DONE (never a failure). */
    default void holdEnded(Exercise exercise, int side, int set, int secondsHeld, boolean endedEarly) {
    }

    /** A set, hold or timed block has ended: what the session has done so far, to keep it safe. */
    default void progressed(SessionSummary soFar) {
    }

    /** The session is over; no more cues follow. */
    default void sessionEnded(SessionSummary summary) {
    }
}
