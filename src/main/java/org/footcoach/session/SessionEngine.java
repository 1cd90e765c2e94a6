package org.footcoach.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.footcoach.content.Exercise;
import org.footcoach.content.Position;

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

    private SessionState state = SessionState.IDLE;
    private SessionState pausedFrom;
    private double tempo;
    private int cursor;
    /** Steps said outside the plan (pause, help, resume, countdown, stop); they go before the plan goes on. */
    private final Deque<PlanStep> asides = new ArrayDeque<>();
    private Scheduler.Scheduled pending;
    private long pendingAt;
    private long generation;
    private long nextFree;
    private long lastSpeechEnd;
    private int lastPlanSay = -1;
    private long restUntil;
    private long restLeft;
    private long pausedAt;
    private Integer lastBeat;
    private long lastBeatAt;
    private int announced = -1;
    private int announcedSide;
    private BeatRun run;
    private Position position;
    private Place here = Place.of(Phase.INTRO);
    private Integer count;
    private int countTotal;
    private double progress;
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
        this.tempo = settings.tempoFactor();
        this.record = new SessionRecord(plan);
        // Minutes left come from a word-rate guess: asking the real lengths here would render every phrase first.
        this.remaining = PlanDuration.remainingFrom(plan, WordRateLength.typical(), settings);
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
                if (clock.millis() >= restUntil) {
                    return false;
                }
                cancelPending();
                restUntil = 0;
                nextFree = Math.max(clock.millis(), lastSpeechEnd + settings.gapMillis());
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
        long left = pending != null ? Math.max(0, pendingAt - now) : 0;
        boolean sayCut = now < lastSpeechEnd && lastPlanSay == cursor - 1 && lastPlanSay >= 0;
        boolean resting = now < restUntil;
        pausedFrom = state;
        cutIn();
        if (sayCut) {
            cursor = lastPlanSay;
        }
        if (run != null && run.settled()) {
            run.reanchorAfterPause(run.work == Work.TIMED ? left : 0);
        }
        restLeft = resting ? restUntil - now : 0;
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
        if (run != null && run.work == Work.REPS) {
            run.changePeriod(periodFrom(cursor, false, Work.REPS));
        }
        if (run != null && working(pausedFrom)) {
            aside(switch (run.work) {
                case HOLD -> "hold.start";
                case TIMED -> "resume.timed";
                default -> "resume.reps";
            });
        } else if (restLeft > 0) {
            aside("resume.rest");
            asides.add(new PlanStep.Silence(here, restLeft));
        }
        restLeft = 0;
        pump();
    }

    private boolean done() {
        SessionState effective = state == SessionState.PAUSED ? pausedFrom : state;
        if (!working(effective) || run == null) {
            return false;
        }
        if (run.work == Work.TIMED) {
            double at = state == SessionState.PAUSED ? run.positionAt(pausedAt) : run.positionAt(clock.millis());
            earlyAmount = (int) Math.max(0, Math.floor(at));
        } else {
            earlyAmount = count == null ? 0 : count;
        }
        cutIn();
        state = effective;
        while (cursor < plan.steps().size() && !(plan.steps().get(cursor) instanceof PlanStep.WorkEnd)) {
            cursor++;
        }
        doneEarly = true;
        run = null;
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
        announced = -1;
        jumpTo(target < plan.exerciseCount() ? plan.startOf(target) : plan.startOfEnd());
        return true;
    }

    private boolean back() {
        if (inactive() || here.exercise() < 0) {
            return false;
        }
        int exercise = here.exercise();
        int target = here.phase() == Phase.REST ? exercise : Math.max(0, exercise - 1);
        announced = -1;
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
                        ? plan.setStart(here) : plan.nextWorkFrom(cursor, exercise);
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
        asides.add(new PlanStep.End(end));
        pump();
        return true;
    }

    private boolean changeTempo(double factor) {
        if (state == SessionState.ENDED) {
            return false;
        }
        double wanted = Math.max(SessionSettings.FASTEST, Math.min(SessionSettings.SLOWEST, tempo * factor));
        if (Math.abs(wanted - tempo) < 1e-9) {
            return false;
        }
        tempo = wanted;
        if (run != null && run.work == Work.REPS && state == SessionState.COUNTING && lastBeat != null) {
            run.retime(periodFrom(cursor, false, run.work), lastBeatAt, lastBeat);
            cancelPending();
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
            asides.clear();
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
        nextFree = startedAt;
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
        run = null;
        restUntil = 0;
        restLeft = 0;
        cursor = index;
        here = plan.steps().get(index).place();
        state = SessionState.SPEAKING;
        count = null;
        progress = 0;
        asides.addAll(first);
        pump();
    }

    /** Cuts off what is said now and anything queued: a command takes over at once. */
    private void cutIn() {
        long now = clock.millis();
        cancelPending();
        asides.clear();
        if (now < lastSpeechEnd) {
            lastSpeechEnd = now;
            listeners.speechInterrupted(now);
        }
        nextFree = now;
    }

    private void cancelPending() {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void waitForGo() {
        state = SessionState.WAITING_FOR_GO;
        run = null;
        aside("get-ready.wait");
        pump();
    }

    /** Schedules the next step, unless one is scheduled or the engine waits. */
    private void pump() {
        if (pending != null) {
            return;
        }
        while (true) {
            boolean aside = !asides.isEmpty();
            if (!aside && state == SessionState.COUNTING_DOWN) {
                state = SessionState.SPEAKING;
                publish();
            }
            if (!aside && (!running() || cursor >= plan.steps().size())) {
                return;
            }
            PlanStep step = aside ? asides.peekFirst() : plan.steps().get(cursor);
            if (!aside && (skipped(step) || step instanceof PlanStep.BeatReminder r && !fits(r))) {
                cursor++;
                continue;
            }
            long at = timeOf(step, aside);
            long token = ++generation;
            pendingAt = at;
            pending = scheduler.at(at, () -> {
                if (token == generation) {
                    pending = null;
                    fire(step, aside, at);
                    pump();
                }
            });
            return;
        }
    }

    private boolean skipped(PlanStep step) {
        Phase phase = step.place().phase();
        return phase == Phase.GET_READY && position == Position.STANDING
                || phase == Phase.SIT_DOWN && position == Position.SEATED;
    }

    /** A reminder between counts fits if it ends, plus the gap, before the next beat. */
    private boolean fits(PlanStep.BeatReminder reminder) {
        if (run == null || !run.settled()) {
            return false;
        }
        for (int i = cursor + 1; i < plan.steps().size(); i++) {
            PlanStep next = plan.steps().get(i);
            if (next.onBeat()) {
                long at = Math.max(nextFree, clock.millis());
                long end = at + lengths.sayMillis(reminder.phraseKey(), reminder.text()) + settings.gapMillis();
                return end <= run.timeOf(next.position(), at);
            }
        }
        return false;
    }

    private long timeOf(PlanStep step, boolean aside) {
        long earliest = Math.max(nextFree, clock.millis());
        if (!step.onBeat()) {
            return earliest;
        }
        if (run == null) {
            Work work = workOf(step);
            run = new BeatRun(work, periodFrom(aside ? -1 : cursor, aside, work), earliest, step.position());
        }
        return Math.max(run.timeOf(step.position(), earliest), nextFree);
    }

    private static Work workOf(PlanStep step) {
        if (step instanceof PlanStep.Count c) {
            return c.work();
        } else if (step instanceof PlanStep.WorkStart s) {
            return s.work();
        } else if (step instanceof PlanStep.WorkEnd e) {
            return e.work();
        }
        return Work.TIMED;
    }

    /** The beat of the run starting at plan index {@code from} (or in the asides), widened for its words. */
    private double periodFrom(int from, boolean aside, Work work) {
        List<PlanStep> steps = new ArrayList<>();
        if (aside) {
            for (PlanStep s : asides) {
                if (s.onBeat()) {
                    steps.add(s);
                }
            }
        } else {
            for (int i = from; i < plan.steps().size() && plan.steps().get(i).inRun(); i++) {
                if (plan.steps().get(i).onBeat()) {
                    steps.add(plan.steps().get(i));
                }
            }
        }
        double base = 1000;
        if (work == Work.REPS && !steps.isEmpty()) {
            base = plan.exercises().get(steps.get(0).place().exercise()).exercise().beatSeconds() * 1000 * tempo;
        }
        return BeatRun.widen(base, steps, lengths, settings.gapMillis());
    }

    private void fire(PlanStep step, boolean aside, long at) {
        if (aside) {
            asides.pollFirst();
        } else {
            cursor++;
            enter(step);
            if (!step.inRun()) {
                run = null;
            }
        }
        if (step.onBeat()) {
            lastBeat = step.position();
            lastBeatAt = at;
        }
        String exerciseId = step.place().exercise() >= 0
                ? plan.exercises().get(step.place().exercise()).exercise().id() : null;
        if (step instanceof PlanStep.Say s) {
            say(at, s.text(), s.phraseKey(), null, exerciseId);
            lastPlanSay = aside ? -1 : cursor - 1;
            if (!aside) {
                state = stateOf(step.place().phase());
            }
        } else if (step instanceof PlanStep.Sound s) {
            long length = lengths.earconMillis(s.earcon());
            emit(new Cue(at, length, null, null, null, s.earcon(), exerciseId));
            nextFree = at + length + settings.gapMillis();
        } else if (step instanceof PlanStep.AwaitGo) {
            ready();
        } else if (step instanceof PlanStep.Rest r) {
            long length = 1000L * (r.kind() == RestKind.BETWEEN_SETS
                    ? settings.setRestSeconds() : settings.restSeconds());
            nextFree = Math.max(nextFree, at + length);
            restUntil = nextFree;
            state = SessionState.RESTING;
        } else if (step instanceof PlanStep.Silence s) {
            nextFree = Math.max(nextFree, at + s.millis());
            restUntil = nextFree;
        } else if (step instanceof PlanStep.WorkStart s) {
            state = switch (s.work()) {
                case REPS -> SessionState.COUNTING;
                case HOLD -> SessionState.HOLDING;
                case TIMED -> SessionState.TIMING;
                case COUNTDOWN -> SessionState.COUNTING_DOWN;
            };
            count = null;
            countTotal = s.total();
            progress = 0;
        } else if (step instanceof PlanStep.Count c) {
            say(at, c.text(), c.phraseKey(), c.number(), exerciseId);
            if (c.work() != Work.COUNTDOWN) {
                count = c.number();
                progress = countTotal > 0 ? Math.min(1.0, (double) c.number() / countTotal) : 0;
            }
            if (c.work() == Work.REPS) {
                record.rep(c.place().exercise());
            }
        } else if (step instanceof PlanStep.MinuteClock m) {
            say(at, m.text(), m.phraseKey(), null, exerciseId);
            progress = (double) m.position() / m.totalSeconds();
        } else if (step instanceof PlanStep.TimedReminder r) {
            say(at, r.text(), r.phraseKey(), null, exerciseId);
            progress = countTotal > 0 ? (double) r.position() / countTotal : 0;
        } else if (step instanceof PlanStep.BeatReminder r) {
            say(at, r.text(), r.phraseKey(), null, exerciseId);
        } else if (step instanceof PlanStep.WorkEnd e) {
            workEnded(e, at);
        } else if (step instanceof PlanStep.End) {
            finish(at);
        }
        publish();
    }

    private void enter(PlanStep step) {
        Place place = step.place();
        here = place;
        int index = place.exercise();
        if (index < 0 || place.phase() == Phase.END) {
            return;
        }
        PlannedExercise planned = plan.exercises().get(index);
        if (place.phase() == Phase.INSTRUCTIONS && announced != index) {
            announced = index;
            announcedSide = planned.sides() == 2 ? 1 : 0;
            position = planned.exercise().position();
            record.reached(index);
            listeners.exerciseStarted(index, plan.exerciseCount(), planned.exercise(), announcedSide);
        } else if (place.side() == 2 && place.phase() == Phase.WORK && announced == index
                && announcedSide != 2) {
            announcedSide = 2;
            listeners.exerciseStarted(index, plan.exerciseCount(), planned.exercise(), 2);
        }
    }

    private void ready() {
        switch (settings.readyMode()) {
            case WAIT_FOR_GO -> waitForGo();
            case COUNTDOWN -> {
                state = SessionState.COUNTING_DOWN;
                aside("get-ready.countdown");
                for (int n = COUNTDOWN_SECONDS; n >= 1; n--) {
                    asides.add(PlanBuilder.countStep(phrases, here, Work.COUNTDOWN, n, COUNTDOWN_SECONDS + 1 - n));
                }
            }
            case AUTO -> {
                aside("get-ready.auto");
                asides.add(new PlanStep.Silence(here, PlanDuration.AUTO_READY_MILLIS));
            }
        }
    }

    private void workEnded(PlanStep.WorkEnd end, long at) {
        int index = end.place().exercise();
        int amount = doneEarly ? earlyAmount : end.total();
        boolean early = doneEarly;
        doneEarly = false;
        run = null;
        state = SessionState.RESTING;
        record.setDone(index, end.work(), amount, early);
        nextFree = Math.max(nextFree, at);
        progress = early ? progress : 1.0;
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
        lastSpeechEnd = at + length;
        nextFree = at + length + settings.gapMillis();
    }

    private void aside(String key) {
        asides.add(new PlanStep.Say(here, key, phrases.text(key)));
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
        long left = remaining[Math.min(cursor, remaining.length - 1)];
        return new SessionSnapshot(clock.millis(), state, awaiting, planned == null ? -1 : index,
                plan.exerciseCount(), planned == null ? null : planned.exercise(), here.side(),
                planned == null ? 0 : planned.sides(), here.set(), planned == null ? 0 : planned.sets(),
                count, countTotal, progress, (int) Math.ceil(left / 60000.0), tempo,
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
