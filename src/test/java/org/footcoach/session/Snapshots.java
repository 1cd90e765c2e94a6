package org.footcoach.session;

import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Exercise;

/**
 * A {@link SessionSnapshot} for tests, built by name:
 * {@code Snapshots.in(COUNTING).ofExercises(11).exercise(4, raises).set(1, 2).count(7, 12).build()}.
 * Unless told otherwise: at time 0, awaiting what the engine awaits in that state, outside an exercise, no count,
 * an empty ring, no minutes left, the usual tempo, nothing next, the work that goes with the state and no rest
 * countdown.
 */
public final class Snapshots {
    private final SessionState state;
    private final Awaiting awaiting;
    private int exerciseCount;
    private int index;
    private Optional<Exercise> exercise = Optional.empty();
    private int side;
    private int sides;
    private int set;
    private int sets;
    private OptionalInt count = OptionalInt.empty();
    private int countTotal;
    private double progress;
    private int minutesLeft;
    private Optional<Exercise> nextUp = Optional.empty();
    private Optional<Work> work;
    private int restSecondsLeft;

    private Snapshots(SessionState state) {
        this.state = state;
        this.awaiting = switch (state) {
            case IDLE -> Awaiting.START;
            case WAITING_FOR_GO -> Awaiting.READY;
            case PAUSED -> Awaiting.RESUME;
            default -> Awaiting.NOTHING;
        };
        this.work = Optional.ofNullable(switch (state) {
            case COUNTING -> Work.REPS;
            case HOLDING -> Work.HOLD;
            case TIMING -> Work.TIMED;
            default -> null;
        });
    }

    public static Snapshots in(SessionState state) {
        return new Snapshots(state);
    }

    public static Snapshots speaking() {
        return in(SessionState.SPEAKING);
    }

    public Snapshots ofExercises(int count) {
        exerciseCount = count;
        return this;
    }

    /** In {@code exercise}, the 0-based {@code index}-th of the plan. */
    public Snapshots exercise(int index, Exercise exercise) {
        this.index = index;
        this.exercise = Optional.of(exercise);
        return this;
    }

    /** Side {@code side} of {@code sides}: 0 of 0 when the exercise has no sides. */
    public Snapshots side(int side, int sides) {
        this.side = side;
        this.sides = sides;
        return this;
    }

    /** Set {@code set} of {@code sets} (0 outside the work). */
    public Snapshots set(int set, int sets) {
        this.set = set;
        this.sets = sets;
        return this;
    }

    /** The number last counted, of {@code total} reps or seconds. */
    public Snapshots count(int count, int total) {
        this.count = OptionalInt.of(count);
        this.countTotal = total;
        return this;
    }

    /** Reps or seconds of the run, before anything is counted (timed work is never counted). */
    public Snapshots total(int total) {
        this.countTotal = total;
        return this;
    }

    /** 0 to 1 through the hold or timed work. */
    public Snapshots progress(double progress) {
        this.progress = progress;
        return this;
    }

    public Snapshots minutesLeft(int minutes) {
        this.minutesLeft = minutes;
        return this;
    }

    public Snapshots nextUp(Exercise next) {
        this.nextUp = Optional.of(next);
        return this;
    }

    /** Paused in (or otherwise in) a set of this kind; unless told, the kind that goes with the state. */
    public Snapshots work(Work kind) {
        this.work = Optional.of(kind);
        return this;
    }

    /** Whole seconds left of a rest's silence. */
    public Snapshots restSecondsLeft(int seconds) {
        this.restSecondsLeft = seconds;
        return this;
    }

    public SessionSnapshot build() {
        return new SessionSnapshot(0, state, awaiting, exerciseCount,
                exercise.map(e -> new SessionSnapshot.InExercise(index, e, side, sides, set, sets)), count, countTotal,
                progress, minutesLeft, 1.0, nextUp, work, restSecondsLeft);
    }
}
