package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.footcoach.content.Content;
import org.footcoach.content.Routine;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanDuration;
import org.footcoach.session.Preferences;
import org.footcoach.session.ResumePoint;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;
import org.footcoach.store.EventLog;
import org.footcoach.store.HistoryRecorder;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.HelpController;
import org.footcoach.ui.HelpScreen;
import org.footcoach.ui.HistoryController;
import org.footcoach.ui.HistoryScreen;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.PinAttempts;
import org.footcoach.ui.PinCheck;
import org.footcoach.ui.PinController;
import org.footcoach.ui.PinScreen;
import org.footcoach.ui.RoutineChoice;
import org.footcoach.ui.SessionFeedback;
import org.footcoach.ui.SessionScreen;
import org.footcoach.ui.SettingsActions;
import org.footcoach.ui.SettingsController;
import org.footcoach.ui.SettingsScreen;
import org.footcoach.ui.StartController;
import org.footcoach.ui.StartScreen;
import org.footcoach.ui.SummaryController;
import org.footcoach.ui.SummaryScreen;

/**
 * Which screen the window shows and when: start, help, history, a session (engine plus its screen), the summary, and
 * back to the start. Each screen is shown with its controller, and the {@link CommandRouter} is pointed at it, so keys,
 * touch and voice reach whatever is in front by one road. Call on the EDT. The session engine runs on its own
 * thread; the screen hears it through a listener that hops to the EDT, so the window never waits for the engine.
 */
final class ScreenFlow {
    private static final Executor EDT = SwingUtilities::invokeLater;

    private final AppWindow window;
    private final Content content;
    private final SessionServices services;
    private final SessionTiming.Source timing;
    private final EventLog log;
    private final CommandRouter commands;
    private final PhraseVoice voice;
    private final HistoryRecorder history;
    private final HistoryAccess past;
    private final SettingsAccess settings;
    private final PinAttempts pinAttempts;
    private final PinCheck pinCheck;
    private final VisitorRules rules;
    private volatile SessionTiming running;
    /** What the running session is doing, as its engine last said; null with no session. */
    private volatile SessionState sessionState;

    /** With no voice for the screens' questions: they are shown only. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRouter commands) {
        this(window, content, services, timing, log, commands, PhraseVoice.none());
    }

    /** {@code voice} says the questions of the summary, outside a session; no history is kept. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRouter commands, PhraseVoice voice) {
        this(window, content, services, timing, log, commands, voice, null);
    }

    /** {@code history} keeps each session and its answers, or is null to keep none; the History screen is empty. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRouter commands, PhraseVoice voice, HistoryRecorder history) {
        this(window, content, services, timing, log, commands, voice, history, HistoryAccess.none());
    }

    /** {@code past} gives the History screen the sessions kept, and saves them as a file; settings are not kept. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRouter commands, PhraseVoice voice, HistoryRecorder history, HistoryAccess past) {
        this(window, content, services, timing, log, commands, voice, history, past,
                SettingsAccess.inMemory(services.preferences().get()));
    }

    /** {@code settings} gives the Settings screen the preferences and keeps each change; sessions follow them. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRouter commands, PhraseVoice voice, HistoryRecorder history, HistoryAccess past,
               SettingsAccess settings) {
        this(window, content, services, timing, log, commands, voice, history, past, settings, VisitorRules.home());
    }

    /** {@code rules} say what is kept and offered: everything at home, nothing personal at a kiosk. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRouter commands, PhraseVoice voice, HistoryRecorder history, HistoryAccess past,
               SettingsAccess settings, VisitorRules rules) {
        this.rules = rules;
        this.settings = settings;
        this.pinAttempts = new PinAttempts(past.wall());
        this.pinCheck = new BackgroundPinCheck(settings.clinicianPin(), EDT);
        this.history = history;
        this.past = past;
        this.voice = voice;
        this.window = window;
        this.content = content;
        this.services = services.withPreferences(settings.now());
        this.timing = timing;
        this.log = log;
        this.commands = commands;
        if (history != null) {
            window.onClosed(history::windowClosed);
        }
        window.onClosed(this::release);
        window.onClosed(voice::quiet);
        window.onClosed(commands::nowhere);
    }

    void showStart() {
        Consumer<RoutineChoice> start = choice -> {
            log.record("routine-chosen", EventLog.fields("routine", choice.routine().id(),
                    "from_exercise", choice.fromExercise()));
            startSession(choice.routine().id(), choice.fromExercise());
        };
        StartController controller = rules.personal()
                ? new StartController(choices(), start, this::showHelpFromStart, this::showHistory,
                        () -> showSettings(this::showStart))
                : new StartController(choices(), start, this::showHelpFromStart);
        StartScreen screen = new StartScreen(controller, commands);
        commands.show(new CommandRouter.Front(controller, EDT, screen::heard));
        window.show(StartScreen.SCREEN_NAME, screen);
    }

    private void showHelpFromStart() {
        HelpController controller = new HelpController(this::showStart);
        commands.show(new CommandRouter.Front(controller, EDT, command -> { }));
        window.show(HelpScreen.SCREEN_NAME, new HelpScreen(controller, commands));
    }

    private void showHistory() {
        HistoryController controller = new HistoryController(past.sessions().get(), past.wall(), this::showStart,
                past.export());
        HistoryScreen screen = new HistoryScreen(controller, commands);
        commands.show(new CommandRouter.Front(controller, EDT, screen::heard));
        window.show(HistoryScreen.SCREEN_NAME, screen);
    }

    /**
     * Whether the visitor is in the middle of something that goes on by itself: a session saying, counting, holding
     * or resting. A session that waits (for "go", paused, or not yet started) and every other screen are not. Safe
     * from any thread.
     */
    boolean sessionGoingOn() {
        SessionState state = sessionState;
        return state != null && switch (state) {
            case SPEAKING, COUNTING_DOWN, COUNTING, HOLDING, TIMING, RESTING -> true;
            case IDLE, WAITING_FOR_GO, PAUSED, ENDED -> false;
        };
    }

    /** The session, if one runs or waits, let go at once: nothing of it is kept or shown again. */
    void wipe() {
        voice.quiet();
        release();
    }

    /** Settings; {@code leave} shows what comes after them (Back, Escape). */
    private void showSettings(Runnable leave) {
        showSettings(leave, Optional.empty());
    }

    /**
     * A kiosk's admin screen: Settings as the kiosk's defaults, with its own rows and Quit; {@code leave} shows what
     * comes after it (Back, Escape).
     */
    void showAdmin(Runnable quit, Runnable leave) {
        showSettings(leave, Optional.of(quit));
    }

    /** Settings, or with {@code quit} the kiosk's admin screen. */
    private void showSettings(Runnable leave, Optional<Runnable> quit) {
        AtomicReference<Runnable> backToSettings = new AtomicReference<>();
        ClinicianPinGate gate = new ClinicianPinGate(settings.clinicianPin(),
                right -> showPin(right, backToSettings.get()));
        SettingsActions actions = new SettingsActions() {
            @Override
            public void learnKeys() {
                new LearnKeysFlow(window, commands, voice, settings.now(), settings.save())
                        .show(backToSettings.get());
            }

            @Override
            public boolean canRecordVoice() {
                return settings.recordVoice().isPresent();
            }

            @Override
            public void recordVoice() {
                settings.recordVoice().ifPresent(show -> show.accept(backToSettings.get()));
            }

            @Override
            public boolean canPrint() {
                return settings.print().isPresent();
            }

            @Override
            public void print(Consumer<String> told) {
                settings.print().ifPresent(sheet -> sheet.print(told));
            }
        };
        SettingsController controller = quit.isPresent()
                ? SettingsController.forKiosk(content.exercises(), content.routines(), settings.now(), settings.save(),
                        settings.choices().get(), gate, actions, quit.get(), leave)
                : SettingsController.forPreferences(content.exercises(), settings.now(), settings.save(),
                        settings.choices().get(), gate, actions, leave);
        SettingsScreen screen = new SettingsScreen(controller, commands);
        backToSettings.set(() -> {
            commands.show(new CommandRouter.Front(controller, EDT, screen::heard));
            window.show(SettingsScreen.SCREEN_NAME, screen);
        });
        backToSettings.get().run();
    }

    /** The clinician's PIN prompt over Settings: back to them when it is right (then {@code right}) or given up. */
    private void showPin(Runnable right, Runnable back) {
        PinController controller = new PinController(pinCheck, pinAttempts, () -> {
            back.run();
            right.run();
        }, back);
        commands.show(new CommandRouter.Front(controller, EDT, command -> { }));
        window.show(PinScreen.SCREEN_NAME, new PinScreen(controller, commands));
    }

    /** Builds the plan and the engine, shows the session screen and starts. The routine id must exist. */
    void startSession(String routineId) {
        startSession(routineId, 0);
    }

    /** As {@link #startSession(String)}, from the routine's exercise {@code fromExercise} on. */
    private void startSession(String routineId, int fromExercise) {
        Phrases phrases = new Phrases().withControls(services.controls());
        Routine routine = content.routine(routineId).orElseThrow();
        Plan plan = new PlanBuilder(phrases, services.preferences().get().doses())
                .build(content, routine, fromExercise);
        release();
        SessionTiming session = timing.open();
        running = session;
        SessionEngine engine = new SessionEngine(plan, session.clock(), session.scheduler(), services.lengths(),
                services.settingsNow(), phrases);
        SessionScreen screen = new SessionScreen(commands, phrases);
        AtomicReference<CommandRouter.Front> sessionFront = new AtomicReference<>();
        CommandRouter.Front front = new CommandRouter.Front(
                new SessionCommands(engine, () -> EDT.execute(() -> showHelpOverSession(screen)),
                        () -> EDT.execute(() -> showSettingsOverSession(screen, engine, routine, fromExercise,
                                phrases, sessionFront)), rules.personal()),
                engine::onEngineThread, command -> EDT.execute(() -> screen.heard(command)));
        sessionFront.set(front);
        engine.addListener(screen.listener());
        engine.addListener(new SessionListener() {
            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                if (running == session) {
                    sessionState = snapshot.state();
                }
            }
        });
        if (history != null) {
            engine.addListener(history);
        }
        services.listeners().forSession(session.clock()).forEach(engine::addListener);
        screen.onEnded(summary -> {
            release();
            showSummary(summary);
        });
        commands.show(front);
        window.show(SessionScreen.SCREEN_NAME, screen);
        engine.start();
    }

    /**
     * Settings over a paused session. Back in the session, a change of doses, counting pace or what happens before
     * standing work counts from the next exercise on; the session waits, paused, for "go on".
     */
    private void showSettingsOverSession(SessionScreen session, SessionEngine engine, Routine routine,
                                         int fromExercise, Phrases phrases, AtomicReference<CommandRouter.Front> front) {
        if (window.screen() != session) {
            return;
        }
        Preferences before = settings.now().get();
        showSettings(() -> {
            Preferences after = settings.now().get();
            if (!after.doses().equals(before.doses()) || after.tempoFactor() != before.tempoFactor()
                    || after.readyMode() != before.readyMode()) {
                engine.changeFromNextExercise(new PlanBuilder(phrases, after.doses()).build(content, routine,
                        fromExercise), services.settingsNow());
            }
            commands.show(front.get());
            window.show(SessionScreen.SCREEN_NAME, session);
        });
    }

    /**
     * Help over a running session (its engine pauses and reads the voice commands itself). Closing it by key or
     * touch shows the session again; a spoken command does too, and goes on to the session.
     */
    private void showHelpOverSession(SessionScreen session) {
        if (window.screen() != session) {
            return;
        }
        Runnable backToSession = () -> {
            if (window.screen() instanceof HelpScreen) {
                window.show(SessionScreen.SCREEN_NAME, session);
            }
        };
        HelpController controller = new HelpController(() -> {
            commands.uncover();
            backToSession.run();
        });
        commands.showOver(new CommandRouter.Front(controller, EDT, command -> { }),
                () -> EDT.execute(backToSession));
        window.show(HelpScreen.SCREEN_NAME, new HelpScreen(controller, commands));
    }

    /** The summary, which asks its questions aloud one at a time. */
    private void showSummary(SessionSummary summary) {
        SummaryController controller = new SummaryController(timing.clock(), voice,
                feedback -> logFeedback(summary, feedback), this::showStart);
        SummaryScreen screen = new SummaryScreen(summary, controller, commands);
        commands.show(new CommandRouter.Front(controller, EDT, screen::heard));
        window.show(SummaryScreen.SCREEN_NAME, screen);
        controller.start();
    }

    /**
     * Both answers, each 0 to 10 or absent, and by name the questions not answered, so none is taken for a 0; the
     * history keeps them with the session. A kiosk keeps and logs nothing of them.
     */
    private void logFeedback(SessionSummary summary, SessionFeedback feedback) {
        if (!rules.personal()) {
            return;
        }
        if (history != null) {
            history.answered(answer(feedback.effort()), answer(feedback.pain()));
        }
        log.record("session-feedback", EventLog.fields("routine", summary.routineId(), "effort", feedback.effort(),
                "pain", feedback.pain(), "not_answered", feedback.notAnswered()));
    }

    private static OptionalInt answer(Integer chosen) {
        return chosen == null ? OptionalInt.empty() : OptionalInt.of(chosen);
    }

    private void release() {
        sessionState = null;
        if (running != null) {
            running.release().run();
            running = null;
        }
    }

    /**
     * The routines with their minutes, from the plans a session would lead now, so the two agree; first, when the
     * last session stopped part way a short while ago, going on from where it stopped.
     */
    private List<RoutineChoice> choices() {
        PlanBuilder plans = new PlanBuilder(new Phrases().withControls(services.controls()),
                services.preferences().get().doses());
        List<RoutineChoice> choices = new ArrayList<>();
        ResumePoint.after(past.sessions().get(), content, past.wall().instant()).ifPresent(resume ->
                choices.add(new RoutineChoice(resume.routine(), PlanDuration.minutes(
                        plans.build(content, resume.routine(), resume.fromExercise()), services.settingsNow()),
                        resume.fromExercise(), resume.exercise().name())));
        List<Routine> offered = content.routines().stream().filter(r -> rules.offersRoutine().test(r.id())).toList();
        (offered.isEmpty() ? content.routines() : offered).forEach(routine -> choices.add(new RoutineChoice(routine,
                PlanDuration.minutes(plans.build(content, routine), services.settingsNow()))));
        return choices;
    }
}
