package org.footcoach.session;

/**
 * The one step the engine has scheduled at a time. Cancelling also voids a task the scheduler has already taken,
 * so a step that lost a race with a command never runs.
 */
final class PendingStep {
    private final Scheduler scheduler;
    private Scheduler.Scheduled scheduled;
    private long dueAt;
    private long generation;

    PendingStep(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    boolean isSet() {
        return scheduled != null;
    }

    /** How long until the scheduled step is due (0 when none is scheduled or it is late). */
    long millisLeft(long now) {
        return scheduled != null ? Math.max(0, dueAt - now) : 0;
    }

    /** Runs {@code task} at {@code at} unless {@link #cancel()} or another {@code at} comes first. */
    void at(long at, Runnable task) {
        long token = ++generation;
        dueAt = at;
        scheduled = scheduler.at(at, () -> {
            if (token == generation) {
                scheduled = null;
                task.run();
            }
        });
    }

    void cancel() {
        generation++;
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }
}
