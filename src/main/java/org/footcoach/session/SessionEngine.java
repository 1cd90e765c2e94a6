package org.footcoach.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.footcoach.content.Exercise;

/**
 * Leads a plan: schedules each cue at an absolute time on the scheduler, one at a time, and reacts to commands.
 * All state lives on the scheduler's thread; {@link #start()} and {@link #command} may be called from any thread
 * and are posted there. Every command is valid in every state: it acts, or it is ignored and reported as not acted.
 *
 * <p>The work is shared out: {@link StepRunner} walks the plan, {@link CommandActions} (with {@link PauseResume})
 * reacts to commands, {@link CueTiming} says when each cue may start, {@link SessionRecord} keeps what was done and
 * {@link ListenerFanOut} tells the listeners. This class posts to the engine's thread and makes snapshots.
 */
public final class SessionEngine implements ScreenController {
    private static final System.Logger LOG = System.getLogger(SessionEngine.class.getName());

    private final LivePlan plan;
    private final Clock clock;
    private final Scheduler scheduler;
    private final SessionSettings settings;
    private final ListenerFanOut listeners = new ListenerFanOut();
    private long[] remaining;
    private final StepRunner runner;
    private final CommandActions actions;
    private final SecondTicks ticks;

    public SessionEngine(Plan plan, Clock clock, Scheduler scheduler, SpeechLength lengths, SessionSettings settings) {
        this(plan, clock, scheduler, lengths, settings, new Phrases());
    }

    public SessionEngine(Plan plan, Clock clock, Scheduler scheduler, SpeechLength lengths, SessionSettings settings,
                         Phrases phrases) {
        this.plan = new LivePlan(plan);
        this.clock = clock;
        this.scheduler = scheduler;
        this.settings = settings;
        // Minutes left come from a word-rate guess: asking the real lengths here would render every phrase first.
        this.remaining = PlanDuration.remainingFrom(plan, WordRateLength.typical(), settings);
        SessionRecord record = new SessionRecord(this.plan);
        this.runner = new StepRunner(this.plan, clock, scheduler, lengths, settings, phrases, listeners, record,
                this::publish);
        this.actions = new CommandActions(this.plan, clock, phrases, record, runner);
        this.ticks = new SecondTicks(clock, scheduler, this::publish);
    }

    /** The plan as it stands now (Settings may have changed its later exercises). On the engine's thread. */
    public Plan plan() {
        return plan.current();
    }

    /**
     * Settings changed the doses: from the exercise after the one in progress (from the first while the stop rules
     * are said), the session follows {@code next}, a plan of the same routine from the same first exercise with the
     * new doses; what is done and being done stays as it was. Nothing changes once the closing words have begun.
     * Safe from any thread.
     */
    public void changeFromNextExercise(Plan next) {
        changeFromNextExercise(next, null);
    }

    /**
     * As {@link #changeFromNextExercise(Plan)}, and the counting tempo and what happens before standing work of
     * {@code nextSettings} (null: as they are) from the next exercise on.
     */
    public void changeFromNextExercise(Plan next, SessionSettings nextSettings) {
        scheduler.now(() -> {
            Place here = runner.here();
            if (here.phase() == Phase.END || runner.state() == SessionState.ENDED) {
                return;
            }
            plan.changeFrom(Math.max(0, here.exercise() + 1), next);
            if (nextSettings != null) {
                runner.useFromNextExercise(nextSettings);
            }
            remaining = PlanDuration.remainingFrom(plan.current(), WordRateLength.typical(), settings);
            publish();
        });
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
            if (runner.state() == SessionState.IDLE) {
                runner.begin();
            }
        });
    }

    /** Posts a command to the engine's thread. Safe from any thread; never throws. */
    public void command(Command command, CommandSource source) {
        scheduler.now(() -> act(command, source));
    }

    /** Runs {@code task} on the engine's thread, after what is due: where commands are {@link #act}ed. */
    public void onEngineThread(Runnable task) {
        scheduler.now(task);
    }

    /** On the engine's thread (see {@link #onEngineThread}): acts, tells the listeners and shows the result. */
    @Override
    public boolean act(Command command, CommandSource source) {
        boolean acted;
        try {
            acted = actions.act(command);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR,
                    "Command " + command.logName() + " failed in state " + runner.state(), e);
            acted = false;
        }
        listeners.command(command, source, acted);
        publish();
        return acted;
    }

    /** On the engine's thread: what a key means in the state the session is in now (see {@link PedalRule}). */
    @Override
    public Command keyMeans(List<Command> meanings) {
        return PedalRule.meaning(meanings, runner.state());
    }

    /** "session/resting", "session/holding", ...: the state a command came in. On the engine's thread. */
    @Override
    public String whereNow() {
        return "session/" + runner.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A copy of what the screen should show now. Call on the engine's thread (from a listener). */
    public SessionSnapshot snapshot() {
        SessionState state = runner.state();
        Place here = runner.here();
        CountShown shown = runner.shown();
        int index = here.exercise();
        boolean closing = here.phase() == Phase.END || state == SessionState.ENDED;
        PlannedExercise planned = index >= 0 && !closing ? plan.exercises().get(index) : null;
        Awaiting awaiting = switch (state) {
            case IDLE -> Awaiting.START;
            case WAITING_FOR_GO -> Awaiting.READY;
            case PAUSED -> Awaiting.RESUME;
            default -> Awaiting.NOTHING;
        };
        // From the step in progress (the last one taken), so the first snapshot shows the start screen's minutes.
        int inProgress = Math.max(0, runner.queue().cursor() - 1);
        long left = remaining[Math.min(inProgress, remaining.length - 1)];
        Optional<SessionSnapshot.InExercise> inExercise = planned == null ? Optional.empty()
                : Optional.of(new SessionSnapshot.InExercise(index, planned.exercise(), here.side(), planned.sides(),
                        here.set(), planned.sets()));
        Optional<Exercise> nextUp = here.phase() == Phase.REST && index + 1 < plan.exerciseCount()
                ? Optional.of(plan.exercises().get(index + 1).exercise()) : Optional.empty();
        return new SessionSnapshot(clock.millis(), state, awaiting, plan.exerciseCount(), inExercise, shown.count(),
                shown.total(), shown.progress(), PlanDuration.wholeMinutes(left), runner.timing().tempo(), nextUp,
                shown.work(), (int) Math.ceil(restLeft() / 1000.0));
    }

    private long restLeft() {
        return runner.state() == SessionState.PAUSED ? actions.restLeftWhilePaused()
                : runner.state() == SessionState.RESTING ? runner.timing().restLeft(clock.millis()) : 0;
    }

    private void publish() {
        runner.showTimeNow();
        listeners.stateChanged(snapshot());
        ticks.follow(runner.state() == SessionState.TIMING || restLeft() > 0 && runner.state() != SessionState.PAUSED);
    }
}
