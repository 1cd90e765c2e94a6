package org.footcoach.app;

import org.footcoach.content.Content;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;

/**
 * Starts a session of one routine as the app's {@code ScreenFlow} does, without a screen: the plan with the prompts
 * for the controls there are, the engine on the shared clock, the session services' listeners (live speaker, echo
 * feed, event log), and the command router pointed at it, so every command takes the app's one path.
 */
final class LiveSessions {
    private final Content content;
    private final String routine;
    private final SessionServices services;
    private final SharedVirtualClock clock;
    private final CommandRouter router;

    LiveSessions(Content content, String routine, SessionServices services, SharedVirtualClock clock,
                 CommandRouter router) {
        this.content = content;
        this.routine = routine;
        this.services = services;
        this.clock = clock;
        this.router = router;
    }

    /** A plan of the routine as the sessions will say it, for rendering its speech ahead. */
    Plan plan() {
        return new PlanBuilder(new Phrases().withControls(services.controls())).build(content, routine);
    }

    void start(SessionListener person) {
        Phrases phrases = new Phrases().withControls(services.controls());
        Plan plan = new PlanBuilder(phrases).build(content, routine);
        SessionEngine engine = new SessionEngine(plan, clock, clock, services.lengths(), services.settings(),
                phrases);
        engine.addListener(person);
        services.listeners().forSession(clock).forEach(engine::addListener);
        router.show(new CommandRouter.Front(new SessionCommands(engine, () -> { }, () -> { }), engine::onEngineThread,
                command -> { }));
        engine.start();
    }
}
