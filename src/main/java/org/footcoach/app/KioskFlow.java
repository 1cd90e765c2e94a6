package org.footcoach.app;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import javax.swing.SwingUtilities;
import org.footcoach.session.Clock;
import org.footcoach.session.Scheduler;
import org.footcoach.store.EventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.AttractController;
import org.footcoach.ui.AttractScreen;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.PinAttempts;
import org.footcoach.ui.PinCheck;
import org.footcoach.ui.StillThereController;
import org.footcoach.ui.StillThereScreen;

/**
 * A clinic kiosk around the usual screens: the attract screen until a visitor touches it or presses the pedal (voice
 * is not taken there), then the start screen and the rest of {@link ScreenFlow}; after the idle time without input
 * outside an exercise, "Are you still there?" over whatever shows, and with no answer the session wiped, the
 * kiosk's own settings back, and the attract screen again. Call on the EDT.
 */
final class KioskFlow {
    private static final Executor EDT = SwingUtilities::invokeLater;

    private final AppWindow window;
    private final ScreenFlow flow;
    private final CommandRouter commands;
    private final EventLog log;
    private final PhraseVoice voice;
    private final Runnable settingsBack;
    private final IdleWatch idle;
    private final AdminDoor admin;
    private StillThereController asking;

    /**
     * @param idleSeconds    the idle time, read each time it is needed
     * @param warningSeconds how long "Are you still there?" waits, read each time
     * @param settingsBack   puts the kiosk's saved settings back (volume, voice, speed, theme) for the next visitor
     * @param adminPin       checks the admin's PIN after the admin gesture
     */
    KioskFlow(AppWindow window, ScreenFlow flow, CommandRouter commands, EventLog log, PhraseVoice voice,
              Clock clock, Scheduler scheduler, IntSupplier idleSeconds, IntSupplier warningSeconds,
              Runnable settingsBack, PinCheck adminPin) {
        this.window = window;
        this.flow = flow;
        this.commands = commands;
        this.log = log;
        this.voice = voice;
        this.settingsBack = settingsBack;
        this.idle = new IdleWatch(clock, scheduler, idleSeconds, warningSeconds, new IdleWatch.Moments() {
            @Override
            public boolean goingOn() {
                return flow.sessionGoingOn();
            }

            @Override
            public void ask(int secondsLeft) {
                EDT.execute(() -> askStillThere(secondsLeft, idleSeconds.getAsInt()));
            }

            @Override
            public void countDown(int secondsLeft) {
                EDT.execute(() -> {
                    if (asking != null) {
                        asking.secondsLeft(secondsLeft);
                    }
                });
            }

            @Override
            public void giveUp() {
                EDT.execute(KioskFlow.this::startAgain);
            }
        });
        window.onAnyPress(idle::input);
        commands.onCommandTaken(idle::input);
        this.admin = new AdminDoor(window, commands, log, adminPin, new PinAttempts(java.time.Clock.systemUTC()),
                this::showAdmin);
        AdminGesture gesture = new AdminGesture(clock, scheduler, () -> EDT.execute(this::adminGesture));
        window.onCornerPress(gesture::pressed, gesture::released);
    }

    /** Shows the attract screen and starts watching for idle time. */
    void start() {
        idle.start();
        showAttract();
    }

    private void showAttract() {
        idle.nobody();
        AttractController controller = new AttractController(this::visitorCame);
        commands.show(new CommandRouter.Front(controller, EDT, command -> { }, false));
        window.show(AttractScreen.SCREEN_NAME, new AttractScreen(commands));
    }

    private void visitorCame() {
        idle.visitorCame();
        flow.showStart();
    }

    private void askStillThere(int secondsLeft, int idleSeconds) {
        log.record("idle-warning", EventLog.fields("screen", window.screen().getName(),
                "idle_seconds", idleSeconds));
        AtomicReference<Runnable> back = new AtomicReference<>();
        StillThereController controller = new StillThereController(secondsLeft, () -> {
            asking = null;
            voice.quiet();
            idle.answered();
            back.get().run();
        });
        asking = controller;
        Runnable commandsBack = commands.cover(new CommandRouter.Front(controller, EDT, command -> { }));
        Runnable screenBack = window.showOver(StillThereScreen.SCREEN_NAME, new StillThereScreen(controller, commands));
        back.set(() -> {
            commandsBack.run();
            screenBack.run();
        });
        voice.say(StillThereController.PHRASE);
    }

    /** The corner held: the admin screens count as a visitor's, so one left open goes back to the attract screen. */
    private void adminGesture() {
        idle.visitorCame();
        admin.ask();
    }

    /** The admin screen, on a kiosk wiped of the visitor before; it leaves for the attract screen. */
    private void showAdmin() {
        flow.wipe();
        flow.showAdmin(window::close, this::showAttract);
    }

    private void startAgain() {
        asking = null;
        log.record("idle-reset", EventLog.fields());
        flow.wipe();
        settingsBack.run();
        showAttract();
    }
}
