package org.footcoach.session;

/**
 * Pauses at the exact place and resumes from there: remembers the state paused from, the moment, the rest left,
 * and where the beat must be re-anchored; on resume it says where the session is (or the cut-off sentence again).
 */
final class PauseResume {
    private final Clock clock;
    private final StepRunner runner;
    private final StepQueue queue;
    private final CueTiming timing;

    private SessionState pausedFrom;
    private long pausedAt;
    private long restLeft;

    PauseResume(Clock clock, StepRunner runner) {
        this.clock = clock;
        this.runner = runner;
        this.queue = runner.queue();
        this.timing = runner.timing();
    }

    SessionState pausedFrom() {
        return pausedFrom;
    }

    long pausedAt() {
        return pausedAt;
    }

    /** The rest left when the session was paused in a rest's silence, else 0. */
    long restLeft() {
        return runner.state() == SessionState.PAUSED ? restLeft : 0;
    }

    /** Pauses a running session now. */
    void pause() {
        long now = clock.millis();
        long left = runner.millisToNextStep(now);
        boolean sayCut = timing.speaking(now) && queue.lastTakenWasSaid();
        long rest = timing.restLeft(now);
        pausedFrom = runner.state();
        runner.cutIn();
        if (sayCut) {
            queue.sayLastAgain();
        }
        BeatRun run = timing.run();
        if (run != null && run.settled()) {
            run.reanchorAfterPause(run.work == Work.TIMED ? left : 0);
        }
        restLeft = rest;
        pausedAt = now;
        runner.enter(SessionState.PAUSED);
        runner.aside("pause.paused");
        runner.aside("pause.how");
        runner.pump();
    }

    /** Goes on from where {@link #pause()} stopped. */
    void resume() {
        runner.cutIn();
        runner.enter(pausedFrom);
        BeatRun run = timing.run();
        if (run != null && run.work == Work.REPS) {
            run.changePeriod(runner.periodAhead(false, Work.REPS));
        }
        if (run != null && StateGroups.working(pausedFrom)) {
            runner.aside(switch (run.work) {
                case HOLD -> "hold.start";
                case TIMED -> "resume.timed";
                default -> "resume.reps";
            });
        } else if (restLeft > 0) {
            // The rest's old end has passed or moved: the silence queued here sets the new one.
            timing.forgetRest();
            runner.aside("resume.rest");
            queue.add(new PlanStep.Silence(runner.here(), restLeft));
        }
        restLeft = 0;
        runner.pump();
    }

    /** A jump elsewhere in the plan: there is no rest left to finish. */
    void forgetRest() {
        restLeft = 0;
    }
}
