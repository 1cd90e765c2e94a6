package org.footcoach.session;

/**
 * One step of a plan. Speech steps carry their text; count and clock steps sit at a {@code position} on a run
 * whose time is {@code anchor + (position - anchorPosition) x period}, so they never drift.
 */
public sealed interface PlanStep {
    Place place();

    /**
     * The words this step says, or null when it says nothing (sounds, rests, markers). Say, Count, MinuteClock,
     * TimedReminder and BeatReminder say something; the speech package can render a whole plan from this alone.
     */
    default String text() {
        return null;
    }

    /** Key of what {@link #text()} says (see phrases.properties and the exercise.* keys), or null. */
    default String phraseKey() {
        return null;
    }

    /** Say one sentence. {@code phraseKey} is a key of phrases.properties or an {@code exercise.*} key. */
    record Say(Place place, String phraseKey, String text) implements PlanStep {
    }

    record Sound(Place place, Earcon earcon) implements PlanStep {
    }

    /** Wait for GO, or count down, or go on, as {@link SessionSettings#readyMode()} says. */
    record AwaitGo(Place place) implements PlanStep {
    }

    /** Silence as long as the settings say for this kind of rest. */
    record Rest(Place place, RestKind kind) implements PlanStep {
    }

    /** Silence of a fixed length. */
    record Silence(Place place, long millis) implements PlanStep {
    }

    /** Marks the start of a counted run (zero length). {@code total} is reps, hold seconds or timed seconds. */
    record WorkStart(Place place, Work work, int total, int position) implements PlanStep {
    }

    /** Say a count word on the beat. */
    record Count(Place place, Work work, int number, int position, String phraseKey, String text)
            implements PlanStep {
    }

    /** Say how much timed work is left; {@code position} is elapsed seconds. */
    record MinuteClock(Place place, int position, int totalSeconds, String phraseKey, String text)
            implements PlanStep {
    }

    /** A reminder on the beat of timed work, at {@code position} seconds. */
    record TimedReminder(Place place, int position, String phraseKey, String text) implements PlanStep {
    }

    /**
     * A reminder between two counts: said right after the count before it if it ends, plus the gap, before the
     * next beat; otherwise left out. It never moves a beat.
     */
    record BeatReminder(Place place, String phraseKey, String text) implements PlanStep {
    }

    /** Marks the end of a counted run, one beat after the last count (zero length). */
    record WorkEnd(Place place, Work work, int total, int position) implements PlanStep {
    }

    /** The session is over; the summary goes out. */
    record End(Place place) implements PlanStep {
    }

    /** True for steps that sit on a counted run's beat. */
    default boolean onBeat() {
        return this instanceof WorkStart || this instanceof Count || this instanceof MinuteClock
                || this instanceof TimedReminder || this instanceof WorkEnd;
    }

    /** True for steps that belong to a counted run: the on-beat steps and reminders between beats. */
    default boolean inRun() {
        return onBeat() || this instanceof BeatReminder;
    }

    /** Position on the run's beat, for {@link #onBeat()} steps. */
    default int position() {
        if (this instanceof WorkStart s) {
            return s.position();
        } else if (this instanceof Count c) {
            return c.position();
        } else if (this instanceof MinuteClock m) {
            return m.position();
        } else if (this instanceof TimedReminder r) {
            return r.position();
        } else if (this instanceof WorkEnd e) {
            return e.position();
        }
        throw new IllegalStateException("A " + getClass().getSimpleName() + " step has no beat position.");
    }
}
