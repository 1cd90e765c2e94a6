package org.footcoach.session;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The count, the kind of work and the ring's progress (0..1) the screen shows for the set in progress. Between sets
 * nothing is shown: a number left from the set before would look as if time already ran.
 */
final class CountShown {
    private Optional<Work> work = Optional.empty();
    private OptionalInt count = OptionalInt.empty();
    private int total;
    private double progress;

    Optional<Work> work() {
        return work;
    }

    OptionalInt count() {
        return count;
    }

    int total() {
        return total;
    }

    double progress() {
        return progress;
    }

    /** A jump elsewhere in the plan: no count, empty ring. */
    void clear() {
        work = Optional.empty();
        count = OptionalInt.empty();
        progress = 0;
    }

    void workStarted(Work kind, int countTotal) {
        work = Optional.of(kind);
        count = OptionalInt.empty();
        total = countTotal;
        progress = 0;
    }

    void counted(int number) {
        count = OptionalInt.of(number);
        progress = total > 0 ? Math.min(1.0, (double) number / total) : 0;
    }

    /** Timed work {@code seconds} in: the ring moves with the clock, not only when the minute clock speaks. */
    void timedAt(double seconds) {
        progress = total > 0 ? Math.max(0, Math.min(1.0, seconds / total)) : 0;
    }

    /** The set is over: the count area is cleared until the next set starts. */
    void workEnded() {
        clear();
    }
}
