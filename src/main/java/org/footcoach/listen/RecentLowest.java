package org.footcoach.listen;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The lowest of the values seen over the last stretch of a count that only grows (stream time, samples read). Each
 * value is added once and dropped once, so it costs nothing per read however long the stretch. Public for the echo
 * canceller ({@code listen.cancel}), which follows how the played and the heard sample counts pair. Not thread-safe.
 */
public final class RecentLowest {
    private record Seen(long at, long value) {
    }

    private final long stretch;
    /** The values in the stretch that are lower than every later one, oldest first: the first is the lowest. */
    private final Deque<Seen> rising = new ArrayDeque<>();

    /** @param stretch how far back, in the count's own unit, a value still counts */
    public RecentLowest(long stretch) {
        this.stretch = stretch;
    }

    public void add(long at, long value) {
        while (!rising.isEmpty() && rising.peekLast().value() >= value) {
            rising.removeLast();
        }
        rising.addLast(new Seen(at, value));
        while (rising.peekFirst().at() < at - stretch) {
            rising.removeFirst();
        }
    }

    public boolean isEmpty() {
        return rising.isEmpty();
    }

    /** The lowest value of the stretch; only when something was added. */
    public long lowest() {
        return rising.getFirst().value();
    }
}
