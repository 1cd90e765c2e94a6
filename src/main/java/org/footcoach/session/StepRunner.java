package org.footcoach.session;

import java.util.List;
import java.util.OptionalInt;
import org.footcoach.content.Exercise;

/**
 * Walks the plan: schedules the next step (the asides first) at its time, one at a time, and carries it out when
 * it comes due: says or sounds it, rests, counts, records it and tells the listeners. Owns the session state and
 * the place in the plan. Runs on the scheduler's thread only.
 */
final class StepRunner {
    private static final System.Logger LOG = System.getLogger(SessionEngine.class.getName());
    private static final int COUNTDOWN_SECONDS = 5;

    private final LivePlan plan;
    private final Clock clock;
    private SessionSettings settings;
    /** Settings changed in a session, taken up as the next exercise begins; null when there is none. */
    private SessionSettings fromNextExercise;
    private final Phrases phrases;
    private final ListenerFanOut listeners;
    private final SessionRecord record;
    private final Runnable publish;
    private final PendingStep pending;
    private final StepQueue queue;
    private final CueTiming timing;
    private final CountShown shown = new CountShown();
    private final ExerciseAnnouncer announcer;
    private final StepCues cues;

    private SessionState state = SessionState.IDLE;
    private Place here = Place.of(Phase.INTRO);
    /** Set by DONE: the set in progress ends now, after this many counts or seconds. */
    private Integer endedEarlyAt;

    /** {@code publish} tells the listeners the new snapshot after every step. */
    StepRunner(LivePlan plan, Clock clock, Scheduler scheduler, SpeechLength lengths, SessionSettings settings,
               Phrases phrases, ListenerFanOut listeners, SessionRecord record, Runnable publish) {
        this.plan = plan;
        this.clock = clock;
        this.settings = settings;
        this.phrases = phrases;
        this.listeners = listeners;
        this.record = record;
        this.publish = publish;
        this.pending = new PendingStep(scheduler);
        this.queue = new StepQueue(plan);
        this.timing = new CueTiming(plan, clock, lengths, settings);
        this.announcer = new ExerciseAnnouncer(plan, listeners, record);
        this.cues = new StepCues(plan, lengths, listeners, timing);
    }

    StepQueue queue() {
        return queue;
    }

    CueTiming timing() {
        return timing;
    }

    CountShown shown() {
        return shown;
    }

    ExerciseAnnouncer announcer() {
        return announcer;
    }

    SessionState state() {
        return state;
    }

    /** Where the plan is: the place of the last plan step done (or jumped to). */
    Place here() {
        return here;
    }

    /** Timed work in progress moves its ring with the clock: called before each snapshot. */
    void showTimeNow() {
        BeatRun run = timing.run();
        if (state == SessionState.TIMING && run != null && run.work == Work.TIMED && run.settled()) {
            shown.timedAt(run.positionAt(clock.millis()));
        }
    }

    void enter(SessionState newState) {
        state = newState;
    }

    long millisToNextStep(long now) {
        return pending.millisLeft(now);
    }

    void cancelPending() {
        pending.cancel();
    }

    /** DONE: the set in progress is recorded as ended early after {@code amount} counts or seconds. */
    void endSetEarly(int amount) {
        endedEarlyAt = amount;
        timing.dropRun();
    }

    void begin() {
        long startedAt = clock.millis();
        record.started(startedAt);
        timing.freeFrom(startedAt);
        state = SessionState.SPEAKING;
        listeners.sessionStarted(plan.current(), startedAt);
        pump();
    }

    /** Goes on from plan step {@code index}, after saying {@code first}. */
    void jumpTo(int index, List<PlanStep> first) {
        cutIn();
        timing.dropRun();
        timing.forgetRest();
        queue.jumpTo(index);
        here = plan.steps().get(index).place();
        state = SessionState.SPEAKING;
        shown.clear();
        queue.addAll(first);
        pump();
    }

    /** Cuts off what is said now and anything queued: a command takes over at once. */
    void cutIn() {
        long now = clock.millis();
        pending.cancel();
        queue.clearAsides();
        if (timing.cutSpeech(now)) {
            listeners.speechInterrupted(now);
        }
        timing.freeFrom(now);
    }

    void waitForGo() {
        state = SessionState.WAITING_FOR_GO;
        timing.dropRun();
        aside("get-ready.wait");
        pump();
    }

    /** Queues the fixed phrase {@code key} (or its variant for the controls there are now) before the plan goes on. */
    void aside(String key) {
        String chosen = phrases.key(key);
        queue.add(new PlanStep.Say(here, chosen, phrases.text(chosen)));
    }

    /** Schedules the next step, unless one is scheduled or the engine waits. */
    void pump() {
        if (pending.isSet()) {
            return;
        }
        while (true) {
            boolean aside = queue.hasAside();
            if (!aside && state == SessionState.COUNTING_DOWN) {
                state = SessionState.SPEAKING;
                publish.run();
            }
            if (!aside && (!StateGroups.running(state) || !queue.planLeft())) {
                return;
            }
            PlanStep step = queue.next(aside);
            if (!aside && (announcer.notNeeded(step)
                    || step instanceof PlanStep.BeatReminder r && !fits(r))) {
                queue.skip();
                continue;
            }
            long at = timeOf(step, aside);
            pending.at(at, () -> {
                try {
                    fire(step, aside, at);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "A session step failed; the session goes on: " + step, e);
                }
                pump();
            });
            return;
        }
    }

    /** A step that cannot be timed (its length is unknown) comes as soon as it can rather than never. */
    private long timeOf(PlanStep step, boolean aside) {
        try {
            return timing.timeOf(step, work -> periodAhead(aside, work));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot time a session step; it comes at once: " + step, e);
            return timing.earliest();
        }
    }

    private boolean fits(PlanStep.BeatReminder reminder) {
        try {
            return timing.fits(reminder, queue.nextBeatAfterCursor());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot time a reminder; it is left out: " + reminder, e);
            return false;
        }
    }

    /** The counting tempo and what happens before standing work of {@code next}, from the next exercise on. */
    void useFromNextExercise(SessionSettings next) {
        fromNextExercise = next;
    }

    /** The beat of the run about to start (in the asides or the plan), widened for its words. */
    double periodAhead(boolean aside, Work work) {
        return timing.period(queue.beatsAhead(aside), work);
    }

    private void fire(PlanStep step, boolean aside, long at) {
        queue.took(aside);
        if (!aside) {
            int before = here.exercise();
            here = step.place();
            if (fromNextExercise != null && here.exercise() != before && here.exercise() >= 0) {
                settings = settings.withReadyMode(fromNextExercise.readyMode());
                timing.useTempo(fromNextExercise.tempoFactor());
                fromNextExercise = null;
            }
            announcer.entered(here);
            if (!step.inRun()) {
                timing.dropRun();
            }
        }
        if (step.onBeat()) {
            timing.beatSounded(step.position(), at);
        }
        if (step instanceof PlanStep.Say) {
            cues.say(at, step, OptionalInt.empty());
            queue.said(aside);
            if (!aside) {
                state = StateGroups.afterSaying(step.place().phase());
            }
        } else if (step instanceof PlanStep.Sound s) {
            cues.sound(at, s);
        } else if (step instanceof PlanStep.AwaitGo) {
            ready();
        } else if (step instanceof PlanStep.Rest r) {
            long length = 1000L * (r.kind() == RestKind.BETWEEN_SETS
                    ? settings.setRestSeconds() : settings.restSeconds());
            timing.silence(at, length);
            state = SessionState.RESTING;
        } else if (step instanceof PlanStep.Silence s) {
            timing.silence(at, s.millis());
        } else if (step instanceof PlanStep.WorkStart s) {
            state = switch (s.work()) {
                case REPS -> SessionState.COUNTING;
                case HOLD -> SessionState.HOLDING;
                case TIMED -> SessionState.TIMING;
                case COUNTDOWN -> SessionState.COUNTING_DOWN;
            };
            shown.workStarted(s.work(), s.total());
        } else if (step instanceof PlanStep.Count c) {
            cues.say(at, c, OptionalInt.of(c.number()));
            if (c.work() != Work.COUNTDOWN) {
                shown.counted(c.number());
            }
            if (c.work() == Work.REPS) {
                record.rep(c.place().exercise());
            }
        } else if (step instanceof PlanStep.MinuteClock m) {
            cues.say(at, m, OptionalInt.empty());
            shown.timedAt(m.position());
        } else if (step instanceof PlanStep.TimedReminder r) {
            cues.say(at, r, OptionalInt.empty());
            shown.timedAt(r.position());
        } else if (step instanceof PlanStep.BeatReminder) {
            cues.say(at, step, OptionalInt.empty());
        } else if (step instanceof PlanStep.WorkEnd e) {
            workEnded(e, at);
        } else if (step instanceof PlanStep.End) {
            finish(at);
        }
        publish.run();
    }

    private void ready() {
        switch (settings.readyMode()) {
            case WAIT_FOR_GO -> waitForGo();
            case COUNTDOWN -> {
                state = SessionState.COUNTING_DOWN;
                aside("get-ready.countdown");
                for (int n = COUNTDOWN_SECONDS; n >= 1; n--) {
                    queue.add(PlanBuilder.countStep(phrases, here, Work.COUNTDOWN, n, COUNTDOWN_SECONDS + 1 - n));
                }
            }
            case AUTO -> {
                aside("get-ready.auto");
                queue.add(new PlanStep.Silence(here, PlanDuration.AUTO_READY_MILLIS));
            }
        }
    }

    private void workEnded(PlanStep.WorkEnd end, long at) {
        int index = end.place().exercise();
        boolean early = endedEarlyAt != null;
        int amount = early ? endedEarlyAt : end.total();
        endedEarlyAt = null;
        timing.dropRun();
        state = SessionState.RESTING;
        record.setDone(index, end.work(), amount, early);
        timing.notBefore(at);
        shown.workEnded();
        if (end.work() == Work.HOLD) {
            Exercise exercise = plan.exercises().get(index).exercise();
            listeners.holdEnded(exercise, end.place().side(), end.place().set(), amount, early);
        }
        listeners.progressed(record.soFar(at));
    }

    private void finish(long at) {
        state = SessionState.ENDED;
        SessionSummary summary = record.end(at);
        if (summary != null) {
            listeners.sessionEnded(summary);
        }
    }
}
