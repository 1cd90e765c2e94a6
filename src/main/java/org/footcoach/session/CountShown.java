package org.footcoach.session;

import java.util.OptionalInt;

/** The count and the ring's progress (0..1) the screen shows for the set in progress. */
final class CountShown {
    private OptionalInt count = OptionalInt.empty();
    private int total;
    private double progress;

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
        count = OptionalInt.empty();
        progress = 0;
    }

    void workStarted(int countTotal) {
        count = OptionalInt.empty();
        total = countTotal;
        progress = 0;
    }

    void counted(int number) {
        count = OptionalInt.of(number);
        progress = total > 0 ? Math.min(1.0, (double) number / total) : 0;
    }

    void clockAt(int position, int totalSeconds) {
        progress = (double) position / totalSeconds;
    }

    void reminderAt(int position) {
        progress = total > 0 ? (double) position / total : 0;
    }

    /** A set that ran to its end fills the ring; one ended early keeps where it was. */
    void workEnded(boolean early) {
        if (!early) {
            progress = 1.0;
        }
    }
}
