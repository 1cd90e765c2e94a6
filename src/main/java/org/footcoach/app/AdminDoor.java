package org.footcoach.app;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.footcoach.store.EventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PinAttempts;
import org.footcoach.ui.PinCheck;
import org.footcoach.ui.PinController;
import org.footcoach.ui.PinScreen;

/**
 * After the admin gesture: the admin PIN prompt over whatever shows. The right PIN opens the admin screen
 * ({@code admin-opened} in the event log); a wrong one is logged ({@code admin-pin-wrong}) and five in a row lock the
 * prompt for a minute; Cancel puts back what was there. Call on the EDT.
 */
final class AdminDoor {
    private static final Executor EDT = SwingUtilities::invokeLater;

    private final AppWindow window;
    private final CommandRouter commands;
    private final EventLog log;
    private final PinCheck adminPin;
    private final PinAttempts attempts;
    private final Runnable open;

    /** {@code open} shows the admin screen; {@code attempts} outlast each prompt, so closing it does not unlock. */
    AdminDoor(AppWindow window, CommandRouter commands, EventLog log, PinCheck adminPin, PinAttempts attempts,
              Runnable open) {
        this.window = window;
        this.commands = commands;
        this.log = log;
        this.adminPin = adminPin;
        this.attempts = attempts;
        this.open = open;
    }

    void ask() {
        if (window.screen() instanceof PinScreen) {
            return;
        }
        PinCheck logged = (tried, right) -> adminPin.check(tried, isRight -> {
            if (!isRight) {
                log.record("admin-pin-wrong", EventLog.fields());
            }
            right.accept(isRight);
        });
        AtomicReference<Runnable> back = new AtomicReference<>();
        PinController controller = new PinController(logged, attempts, () -> {
            log.record("admin-opened", EventLog.fields());
            open.run();
        }, () -> back.get().run());
        Runnable commandsBack = commands.cover(new CommandRouter.Front(controller, EDT, command -> { }));
        Runnable screenBack = window.showOver(PinScreen.SCREEN_NAME, PinScreen.forAdmin(controller, commands));
        back.set(() -> {
            commandsBack.run();
            screenBack.run();
        });
    }
}
