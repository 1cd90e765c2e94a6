package org.footcoach.session;

import java.util.PriorityQueue;

/**
 * A clock and scheduler on virtual time, for tests and the offline render: time jumps straight to the next task.
 * Single-threaded: call it from one thread only.
 */
public final class VirtualClock implements Clock, Scheduler {
    /** A runaway loop of tasks scheduling tasks ends here with a clear error instead of hanging. */
    private static final long MAX_TASKS_PER_RUN = 10_000_000L;
    private final long maxTasksPerRun;

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    public VirtualClock() {
        this(0);
    }

    public VirtualClock(long startMillis) {
        this(startMillis, MAX_TASKS_PER_RUN);
    }

    VirtualClock(long startMillis, long maxTasksPerRun) {
        this.now = startMillis;
        this.maxTasksPerRun = maxTasksPerRun;
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Scheduled at(long atMillis, Runnable task) {
        Task t = new Task(Math.max(atMillis, now), sequence++, task);
        queue.add(t);
        return () -> t.cancelled = true;
    }

    /** Runs every task, moving time forward to each, until none is left. Returns the time then. */
    public long runUntilIdle() {
        return runWhile(Long.MAX_VALUE);
    }

    /** Runs every task due up to {@code millis}, then sets the time to {@code millis} (never backwards). */
    public void advanceTo(long millis) {
        runWhile(millis);
        now = Math.max(now, millis);
    }

    public void advanceBy(long millis) {
        advanceTo(now + millis);
    }

    /** Runs the next task that is not cancelled, moving time to it. False when there is none. */
    public boolean runNext() {
        while (!queue.isEmpty()) {
            Task t = queue.poll();
            if (!t.cancelled) {
                now = Math.max(now, t.at);
                t.task.run();
                return true;
            }
        }
        return false;
    }

    /** Tasks waiting, not counting cancelled ones. */
    public int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }

    private long runWhile(long limit) {
        long ran = 0;
        while (!queue.isEmpty() && queue.peek().at <= limit) {
            Task t = queue.poll();
            if (t.cancelled) {
                continue;
            }
            if (++ran > maxTasksPerRun) {
                throw new IllegalStateException("Virtual clock ran " + maxTasksPerRun
                        + " tasks without going idle: a task keeps scheduling itself.");
            }
            now = Math.max(now, t.at);
            t.task.run();
        }
        return now;
    }

    private static final class Task implements Comparable<Task> {
        final long at;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Task(long at, long seq, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
