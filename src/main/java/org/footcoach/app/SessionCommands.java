package org.footcoach.app;

import java.util.List;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;
import org.footcoach.session.SessionEngine;

/**
 * The controller of a running session's screen: the engine decides every command (on its own thread), and "help"
 * asked by key or touch also shows the Help screen; asked by voice, the engine reads the voice commands aloud and
 * the person, holding on, needs no screen. "settings" pauses the session and shows Settings over it.
 */
final class SessionCommands implements ScreenController {
    private final SessionEngine engine;
    private final Runnable showHelp;
    private final Runnable showSettings;
    private final boolean settingsOffered;

    /** {@code showHelp} and {@code showSettings} must not block: they are called on the engine's thread. */
    SessionCommands(SessionEngine engine, Runnable showHelp, Runnable showSettings) {
        this(engine, showHelp, showSettings, true);
    }

    /** {@code settingsOffered} false (a kiosk): "settings" means nothing and the session goes on. */
    SessionCommands(SessionEngine engine, Runnable showHelp, Runnable showSettings, boolean settingsOffered) {
        this.engine = engine;
        this.showHelp = showHelp;
        this.showSettings = showSettings;
        this.settingsOffered = settingsOffered;
    }

    @Override
    public boolean act(Command command, CommandSource source) {
        if (command == Command.SETTINGS && !settingsOffered) {
            return false;
        }
        boolean acted = engine.act(command, source);
        if (command == Command.HELP && source != CommandSource.VOICE) {
            showHelp.run();
        }
        if (command == Command.SETTINGS && acted) {
            showSettings.run();
        }
        return acted;
    }

    @Override
    public Command keyMeans(List<Command> meanings) {
        return engine.keyMeans(meanings);
    }

    @Override
    public String whereNow() {
        return engine.whereNow();
    }
}
