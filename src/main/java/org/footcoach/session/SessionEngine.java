package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.content.Exercise;

/**
 * Leads a plan: schedules each cue at an absolute time on the scheduler, one at a time, and reacts to commands.
 * All state lives on the scheduler's thread; {@link #start()} and {@link #command} may be called from any thread
 * and are posted there. Every command is valid in every state: it acts, or it is ignored and reported as not acted.
 */
public final class SessionEngine {
    private static final System.Logger LOG = System.getLogger(SessionEngine.class.getName());
    private static final int COUNTDOWN_SECONDS = 5;

    private final Plan plan;
    private final Clock clock;
    private final Scheduler scheduler;
    private final SpeechLength lengths;
    private final SessionSettings settings;
    private final Phrases phrases;
    private final ListenerFanOut listeners = new ListenerFanOut();
    private final SessionRecord record;
    private final long[] remaining;
    private final StepQueue queue;
    private final CueTiming timing;
    private final PendingStep pending;
    private final CountShown shown = new CountShown();
    private final ExerciseAnnouncer announcer;

    private SessionState state = SessionState.IDLE;
    private SessionState pausedFrom;
    private long restLeft;
    private long pausedAt;
    private Place here = Place.of(Phase.INTRO);
    private boolean doneEarly;
    private int earlyAmount;
    private boolean stopped;
    private boolean ended;
    private long startedAt;

    public SessionEngine(Plan plan, Clock clock, Scheduler scheduler, SpeechLength lengths, SessionSettings settings) {
        this(plan, clock, scheduler, lengths, settings, new Phrases());
    }

    public SessionEngine(Plan plan, Clock clock, Scheduler scheduler, SpeechLength lengths, SessionSettings settings,
                         Phrases phrases) {
        this.plan = plan;
        this.clock = clock;
        this.scheduler = scheduler;
        this.lengths = lengths;
        this.settings = settings;
        this.phrases = phrases;
        this.record = new SessionRecord(plan);
        // Minutes left come from a word-rate guess: asking the real lengths here would render every phrase first.
        this.remaining = PlanDuration.remainingFrom(plan, WordRateLength.typical(), settings);
        this.queue = new StepQueue(plan);
        this.timing = new CueTiming(plan, clock, lengths, settings);
        this.pending = new PendingStep(scheduler);
        this.announcer = new ExerciseAnnouncer(plan, listeners, record);
    }

    public Plan plan() {
        return plan;
    }

    public SessionSettings settings() {
        return settings;
    }

    /** Safe from any thread; add listeners before {@link #start()} to hear everything. */
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Starts the session (same as GO before it has started). Safe from any thread. */
    public void start() {
        scheduler.now(() -> {
            if (state == SessionState.IDLE) {
                begin();
            }
        });
    }

    /** Posts a command to the engine's thread. Safe from any thread; never throws. */
    public void command(Command command, CommandSource source) {
        scheduler.now(() -> handle(command, source));
    }

    // ---- commands --------------------------------------------------------------------------------------------

    private void handle(Command command, CommandSource source) {
        boolean acted;
        try {
            acted = act(command);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Command " + command.logName() + " failed in state " + state, e);
            acted = false;
        }
        boolean result = acted;
        listeners.command(command, source, result);
        publish();
    }

    private boolean act(Command command) {
        return switch (command) {
            case GO -> go();
            case PAUSE -> pause();
            case DONE -> done();
            case NEXT -> next();
            case BACK -> back();
            case REPEAT -> repeat();
            case STOP -> stop();
            case SLOWER -> changeTempo(SessionSettings.TEMPO_STEP);
            case FASTER -> changeTempo(1 / SessionSettings.TEMPO_STEP);
            case HELP -> help();
            case LOUDER, SOFTER -> true;
        };
    }

    private boolean go() {
        switch (state) {
            case IDLE -> begin();
            case WAITING_FOR_GO, COUNTING_DOWN -> {
                cutIn();
                state = SessionState.SPEAKING;
                pump();
            }
            case PAUSED -> resume();
            case RESTING -> {
                if (!timing.inRest(clock.millis())) {
                    return false;
                }
                pending.cancel();
                timing.endRest(clock.millis());
                pump();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean pause() {
        if (state == SessionState.COUNTING_DOWN) {
            cutIn();
            waitForGo();
            return true;
        }
        if (!running()) {
            return false;
        }
        long now = clock.millis();
        long left = pending.millisLeft(now);
        boolean sayCut = timing.speaking(now) && queue.lastTakenWasSaid();
        long rest = timing.restLeft(now);
        pausedFrom = state;
        cutIn();
        if (sayCut) {
            queue.sayLastAgain();
        }
        BeatRun run = timing.run();
        if (run != null && run.settled()) {
            run.reanchorAfterPause(run.work == Work.TIMED ? left : 0);
        }
        restLeft = rest;
        pausedAt = now;
        state = SessionState.PAUSED;
        aside("pause.paused");
        aside("pause.how");
        pump();
        return true;
    }

    private void resume() {
        cutIn();
        state = pausedFrom;
        BeatRun run = timing.run();
        if (run != null && run.work == Work.REPS) {
            run.changePeriod(periodAhead(false, Work.REPS));
        }
        if (run != null && working(pausedFrom)) {
            aside(switch (run.work) {
                case HOLD -> "hold.start";
                case TIMED -> "resume.timed";
                default -> "resume.reps";
            });
        } else if (restLeft > 0) {
            aside("resume.rest");
            queue.add(new PlanStep.Silence(here, restLeft));
        }
        restLeft = 0;
        pump();
    }

    private boolean done() {
        SessionState effective = state == SessionState.PAUSED ? pausedFrom : state;
        BeatRun run = timing.run();
        if (!working(effective) || run == null) {
            return false;
        }
        if (run.work == Work.TIMED) {
            double at = state == SessionState.PAUSED ? run.positionAt(pausedAt) : run.positionAt(clock.millis());
            earlyAmount = (int) Math.max(0, Math.floor(at));
        } else {
            earlyAmount = shown.count() == null ? 0 : shown.count();
        }
        cutIn();
        state = effective;
        queue.skipToWorkEnd();
        doneEarly = true;
        timing.dropRun();
        pump();
        return true;
    }

    private boolean next() {
        if (inactive() || here.phase() == Phase.END) {
            return false;
        }
        int exercise = here.exercise();
        if (exercise >= 0 && here.phase() != Phase.REST) {
            record.left(exercise);
        }
        int target = exercise + 1;
        announcer.forget();
        jumpTo(target < plan.exerciseCount() ? plan.startOf(target) : plan.startOfEnd());
        return true;
    }

    private boolean back() {
        if (inactive() || here.exercise() < 0) {
            return false;
        }
        int exercise = here.exercise();
        int target = here.phase() == Phase.REST ? exercise : Math.max(0, exercise - 1);
        announcer.forget();
        jumpTo(plan.startOf(target));
        return true;
    }

    private boolean repeat() {
        if (inactive() || here.phase() == Phase.END) {
            return false;
        }
        int exercise = here.exercise();
        switch (here.phase()) {
            case INTRO -> jumpTo(0);
            case GET_READY, SIT_DOWN -> jumpTo(plan.startOf(exercise));
            case INSTRUCTIONS -> jumpTo(plan.firstOf(exercise, Phase.INSTRUCTIONS));
            case REST -> jumpTo(plan.firstOf(exercise, Phase.REST));
            default -> {
                int target = here.phase() == Phase.WORK
                        ? plan.setStart(here) : plan.nextWorkFrom(queue.cursor(), exercise);
                List<PlanStep> instructions = new ArrayList<>();
                int at = plan.firstOf(exercise, Phase.INSTRUCTIONS);
                for (int i = at; plan.steps().get(i).place().phase() == Phase.INSTRUCTIONS; i++) {
                    instructions.add(plan.steps().get(i));
                }
                jumpTo(target, instructions);
            }
        }
        return true;
    }

    private boolean stop() {
        if (inactive()) {
            return false;
        }
        cutIn();
        state = SessionState.ENDED;
        Place end = Place.of(Phase.END);
        if (here.phase() != Phase.END) {
            stopped = true;
            aside("end.stopped");
            aside("end.check-feet");
        }
        queue.add(new PlanStep.End(end));
        pump();
        return true;
    }

    private boolean changeTempo(double factor) {
        if (state == SessionState.ENDED) {
            return false;
        }
        if (!timing.changeTempo(factor)) {
            return false;
        }
        if (timing.canRetimeReps() && state == SessionState.COUNTING) {
            timing.retimeFromLastBeat(periodAhead(false, Work.REPS));
            pending.cancel();
            pump();
        }
        return true;
    }

    private boolean help() {
        if (inactive()) {
            return false;
        }
        if (state == SessionState.COUNTING_DOWN) {
            cutIn();
            waitForGo();
        }
        if (state == SessionState.WAITING_FOR_GO) {
            cutIn();
            helpLines();
            aside("get-ready.wait");
        } else if (state == SessionState.PAUSED) {
            cutIn();
            helpLines();
            aside("pause.how");
        } else {
            pause();
            queue.clearAsides();
            aside("pause.paused");
            helpLines();
            aside("pause.how");
        }
        pump();
        return true;
    }

    private void helpLines() {
        for (String key : phrases.numbered("help")) {
            aside(key);
        }
    }

    // ---- moving through the plan -----------------------------------------------------------------------------

    private void begin() {
        startedAt = clock.millis();
        timing.freeFrom(startedAt);
        state = SessionState.SPEAKING;
        listeners.sessionStarted(plan, startedAt);
        pump();
    }

    private void jumpTo(int index) {
        jumpTo(index, List.of());
    }

    /** Goes on from plan step {@code index}, after saying {@code first}. */
    private void jumpTo(int index, List<PlanStep> first) {
        cutIn();
        timing.dropRun();
        timing.forgetRest();
        restLeft = 0;
        queue.jumpTo(index);
        here = plan.steps().get(index).place();
        state = SessionState.SPEAKING;
        shown.clear();
        queue.addAll(first);
        pump();
    }

    /** Cuts off what is said now and anything queued: a command takes over at once. */
    private void cutIn() {
        long now = clock.millis();
        pending.cancel();
        queue.clearAsides();
        if (timing.cutSpeech(now)) {
            listeners.speechInterrupted(now);
        }
        timing.freeFrom(now);
    }

    private void waitForGo() {
        state = SessionState.WAITING_FOR_GO;
        timing.dropRun();
        aside("get-ready.wait");
        pump();
    }

    /** Schedules the next step, unless one is scheduled or the engine waits. */
    private void pump() {
        if (pending.isSet()) {
            return;
        }
        while (true) {
            boolean aside = queue.hasAside();
            if (!aside && state == SessionState.COUNTING_DOWN) {
                state = SessionState.SPEAKING;
                publish();
            }
            if (!aside && (!running() || !queue.planLeft())) {
                return;
            }
            PlanStep step = queue.next(aside);
            if (!aside && (announcer.notNeeded(step)
                    || step instanceof PlanStep.BeatReminder r && !timing.fits(r, queue.nextBeatAfterCursor()))) {
                queue.skip();
                continue;
            }
            long at = timing.timeOf(step, work -> periodAhead(aside, work));
            pending.at(at, () -> {
                fire(step, aside, at);
                pump();
            });
            return;
        }
    }

    /** The beat of the run about to start (in the asides or the plan), widened for its words. */
    private double periodAhead(boolean aside, Work work) {
        return timing.period(queue.beatsAhead(aside), work);
    }

    private void fire(PlanStep step, boolean aside, long at) {
        queue.took(aside);
        if (!aside) {
            here = step.place();
            announcer.entered(here);
            if (!step.inRun()) {
                timing.dropRun();
            }
        }
        if (step.onBeat()) {
            timing.beatSounded(step.position(), at);
        }
        String exerciseId = step.place().exercise() >= 0
                ? plan.exercises().get(step.place().exercise()).exercise().id() : null;
        if (step instanceof PlanStep.Say s) {
            say(at, s.text(), s.phraseKey(), null, exerciseId);
            queue.said(aside);
            if (!aside) {
                state = stateOf(step.place().phase());
            }
        } else if (step instanceof PlanStep.Sound s) {
            long length = lengths.earconMillis(s.earcon());
            emit(new Cue(at, length, null, null, null, s.earcon(), exerciseId));
            timing.sounded(at, length);
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
            shown.workStarted(s.total());
        } else if (step instanceof PlanStep.Count c) {
            say(at, c.text(), c.phraseKey(), c.number(), exerciseId);
            if (c.work() != Work.COUNTDOWN) {
                shown.counted(c.number());
            }
            if (c.work() == Work.REPS) {
                record.rep(c.place().exercise());
            }
        } else if (step instanceof PlanStep.MinuteClock m) {
            say(at, m.text(), m.phraseKey(), null, exerciseId);
            shown.clockAt(m.position(), m.totalSeconds());
        } else if (step instanceof PlanStep.TimedReminder r) {
            say(at, r.text(), r.phraseKey(), null, exerciseId);
            shown.reminderAt(r.position());
        } else if (step instanceof PlanStep.BeatReminder r) {
            say(at, r.text(), r.phraseKey(), null, exerciseId);
        } else if (step instanceof PlanStep.WorkEnd e) {
            workEnded(e, at);
        } else if (step instanceof PlanStep.End) {
            finish(at);
        }
        publish();
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
        int amount = doneEarly ? earlyAmount : end.total();
        boolean early = doneEarly;
        doneEarly = false;
        timing.dropRun();
        state = SessionState.RESTING;
        record.setDone(index, end.work(), amount, early);
        timing.notBefore(at);
        shown.workEnded(early);
        if (end.work() == Work.HOLD) {
            Exercise exercise = plan.exercises().get(index).exercise();
            listeners.holdEnded(exercise, end.place().side(), end.place().set(), amount, early);
        }
    }

    private void finish(long at) {
        state = SessionState.ENDED;
        if (ended) {
            return;
        }
        ended = true;
        SessionSummary summary = record.summary(stopped, startedAt, at);
        listeners.sessionEnded(summary);
    }

    private void say(long at, String text, String key, Integer number, String exerciseId) {
        long length = lengths.sayMillis(key, text);
        emit(new Cue(at, length, text, key, number, null, exerciseId));
        timing.spoke(at, length);
    }

    private void aside(String key) {
        queue.add(new PlanStep.Say(here, key, phrases.text(key)));
    }

    // ---- state -----------------------------------------------------------------------------------------------

    private static SessionState stateOf(Phase phase) {
        return phase == Phase.REST || phase == Phase.SET_REST ? SessionState.RESTING : SessionState.SPEAKING;
    }

    private boolean running() {
        return switch (state) {
            case SPEAKING, COUNTING, HOLDING, TIMING, RESTING -> true;
            default -> false;
        };
    }

    private static boolean working(SessionState s) {
        return s == SessionState.COUNTING || s == SessionState.HOLDING || s == SessionState.TIMING;
    }

    private boolean inactive() {
        return state == SessionState.IDLE || state == SessionState.ENDED;
    }

    /** A copy of what the screen should show now. Call on the engine's thread (from a listener). */
    public SessionSnapshot snapshot() {
        int index = here.exercise();
        PlannedExercise planned = index >= 0 && here.phase() != Phase.END ? plan.exercises().get(index) : null;
        Awaiting awaiting = switch (state) {
            case IDLE -> Awaiting.START;
            case WAITING_FOR_GO -> Awaiting.READY;
            case PAUSED -> Awaiting.RESUME;
            default -> Awaiting.NOTHING;
        };
        long left = remaining[Math.min(queue.cursor(), remaining.length - 1)];
        return new SessionSnapshot(clock.millis(), state, awaiting, planned == null ? -1 : index,
                plan.exerciseCount(), planned == null ? null : planned.exercise(), here.side(),
                planned == null ? 0 : planned.sides(), here.set(), planned == null ? 0 : planned.sets(),
                shown.count(), shown.total(), shown.progress(), (int) Math.ceil(left / 60000.0), timing.tempo(),
                here.phase() == Phase.REST && index + 1 < plan.exerciseCount()
                        ? plan.exercises().get(index + 1).exercise() : null);
    }

    private void publish() {
        listeners.stateChanged(snapshot());
    }

    private void emit(Cue cue) {
        listeners.cue(cue);
    }
}
