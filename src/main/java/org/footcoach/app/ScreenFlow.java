package org.footcoach.app;

import java.util.List;
import javax.swing.SwingUtilities;
import org.footcoach.content.Content;
import org.footcoach.content.RoutineLength;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionSummary;
import org.footcoach.store.EventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.HelpScreen;
import org.footcoach.ui.RoutineChoice;
import org.footcoach.ui.SessionFeedback;
import org.footcoach.ui.SessionScreen;
import org.footcoach.ui.StartScreen;
import org.footcoach.ui.SummaryScreen;

/**
 * Which screen the window shows and when: start, help, a session (engine plus its screen), the summary, and back
 * to the start. Call on the EDT. The session engine runs on its own timing; the screen hears it through a listener
 * that hops to the EDT, so the window never waits for the engine.
 */
final class ScreenFlow {
    private final AppWindow window;
    private final Content content;
    private final SessionServices services;
    private final SessionTiming.Source timing;
    private final EventLog log;
    private final CommandRoute voiceCommands;
    private SessionTiming running;

    /** {@code voiceCommands}: where the voice input sends commands; the flow points it at the screen shown. */
    ScreenFlow(AppWindow window, Content content, SessionServices services, SessionTiming.Source timing,
               EventLog log, CommandRoute voiceCommands) {
        this.window = window;
        this.content = content;
        this.services = services;
        this.timing = timing;
        this.log = log;
        this.voiceCommands = voiceCommands;
        window.onClosed(this::release);
        window.onClosed(voiceCommands::nowhere);
    }

    void showStart() {
        StartScreen start = new StartScreen(choices());
        voiceCommands.to(command -> SwingUtilities.invokeLater(() -> startScreenHeard(start, command)));
        start.onRoutineChosen(routine -> {
            log.record("routine-chosen", EventLog.fields("routine", routine.id()));
            startSession(routine.id());
        });
        start.onCommand((command, source, acted) -> {
            log.command(command, source, acted);
            voiceCommands.acknowledge();
        });
        start.onHelp(this::showHelpFromStart);
        window.show(StartScreen.SCREEN_NAME, start);
    }

    /**
     * On the start screen "start" (or "go on", "ready") starts the highlighted routine; "next"/"back" move it; "help"
     * shows help. Every command is answered, as in a session, with the "heard you" sound and "Heard: ...", even one
     * that means nothing here, so the person knows the app heard it.
     */
    private void startScreenHeard(StartScreen start, Command command) {
        if (!start.isShowing()) {
            return;
        }
        start.heard(command);
        switch (command) {
            case GO -> {
                acknowledge(command);
                start.startHighlighted();
            }
            case NEXT -> {
                acknowledge(command);
                start.moveHighlight(1);
            }
            case BACK -> {
                acknowledge(command);
                start.moveHighlight(-1);
            }
            case HELP -> {
                acknowledge(command);
                showHelpFromStart();
            }
            default -> notActedOn(command);
        }
    }

    /** Help over the start screen; any voice command closes it, so a person who asked by voice can leave by voice. */
    private void showHelpFromStart() {
        HelpScreen help = showHelp(this::showStart);
        voiceCommands.to(command -> SwingUtilities.invokeLater(() -> {
            if (help.isShowing()) {
                acknowledge(command);
                showStart();
            }
        }));
    }

    private void acknowledge(Command command) {
        log.command(command, CommandSource.VOICE, true);
        voiceCommands.acknowledge();
    }

    /** Heard, but it means nothing on this screen: still answered, so the person knows it was heard. */
    private void notActedOn(Command command) {
        log.command(command, CommandSource.VOICE, false);
        voiceCommands.acknowledge();
    }

    /** Builds the plan and the engine, shows the session screen and starts. The routine id must exist. */
    void startSession(String routineId) {
        Plan plan = new PlanBuilder().build(content, routineId);
        release();
        SessionTiming session = timing.open();
        running = session;
        SessionEngine engine = new SessionEngine(plan, session.clock(), session.scheduler(), services.lengths(),
                services.settings());
        SessionScreen screen = new SessionScreen(engine::command);
        Runnable backToSession = () -> window.show(SessionScreen.SCREEN_NAME, screen);
        voiceCommands.to(command -> {
            engine.command(command, CommandSource.VOICE);
            // Help opened by touch or key pauses the session; "resume" (or any command) said to go on brings the
            // session back into view, so its count is never hidden behind the help.
            if (command != Command.HELP) {
                SwingUtilities.invokeLater(() -> {
                    if (window.screen() instanceof HelpScreen) {
                        backToSession.run();
                    }
                });
            }
        });
        engine.addListener(screen.listener());
        services.listeners().forSession(session.clock()).forEach(engine::addListener);
        screen.onHelp(() -> showHelp(backToSession));
        screen.onEnded(summary -> {
            release();
            showSummary(summary);
        });
        window.show(SessionScreen.SCREEN_NAME, screen);
        engine.start();
    }

    private HelpScreen showHelp(Runnable back) {
        HelpScreen help = new HelpScreen();
        help.onClose(back);
        window.show(HelpScreen.SCREEN_NAME, help);
        return help;
    }

    private void showSummary(SessionSummary summary) {
        SummaryScreen screen = new SummaryScreen(summary);
        voiceCommands.to(command -> SwingUtilities.invokeLater(() -> summaryHeard(screen, command)));
        screen.onFinished(feedback -> {
            logFeedback(summary, feedback);
            showStart();
        });
        window.show(SummaryScreen.SCREEN_NAME, screen);
    }

    /**
     * At the end "next"/"back" move the highlight over the answers and "ready" or "done" choose it, as the keys do.
     * "stop" is not taken here: the app has just said "We stopped there", and the person is not exercising. Every
     * command is answered with the sound and "Heard: ...", as on the start screen.
     */
    private void summaryHeard(SummaryScreen summary, Command command) {
        if (!summary.isShowing()) {
            return;
        }
        summary.heard(command);
        switch (command) {
            case NEXT -> {
                acknowledge(command);
                summary.moveHighlight(1);
            }
            case BACK -> {
                acknowledge(command);
                summary.moveHighlight(-1);
            }
            case GO, DONE -> {
                acknowledge(command);
                summary.chooseHighlighted();
            }
            default -> notActedOn(command);
        }
    }

    private void logFeedback(SessionSummary summary, SessionFeedback feedback) {
        log.record("session-feedback", EventLog.fields("routine", summary.routineId(), "effort", feedback.effort(),
                "pain", feedback.pain()));
    }

    private void release() {
        if (running != null) {
            running.release().run();
            running = null;
        }
    }

    private List<RoutineChoice> choices() {
        return content.routines().stream()
                .map(routine -> new RoutineChoice(routine, RoutineLength.estimateMinutes(content, routine)))
                .toList();
    }
}
