package org.footcoach.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.ScreenController;
import org.footcoach.store.EventLog;
import org.footcoach.ui.CommandSink;

/**
 * The one way in for every command: keys and touch from the screens, words from the voice input. Each goes to the
 * controller of the screen in front, on the thread that controller lives on, and is answered in one place: the
 * event log's {@code command} line (name, source, acted), the "heard you" sound and "Heard: ..." on the screen.
 * A command that reaches its thread after its screen has gone is dropped: it was meant for the screen before.
 * Thread-safe.
 */
final class CommandRouter implements CommandSink {
    /**
     * A screen in front: its controller, the thread it lives on, how it shows "Heard: ..." (on that thread), and
     * whether it takes voice commands: what is heard in front of one that does not (the kiosk's attract screen) is
     * dropped unanswered, so talk nearby starts nothing and makes no sound.
     */
    record Front(ScreenController controller, Executor thread, Consumer<Command> heard, boolean takesVoice) {
        /** A screen that takes voice commands, as every screen but the attract screen does. */
        Front(ScreenController controller, Executor thread, Consumer<Command> heard) {
            this(controller, thread, heard, true);
        }
    }

    private final EventLog log;
    private final Runnable heardYou;
    private final Supplier<Map<String, String>> learntKeys;
    private Front front;
    /** The session under Help, and how to show it again: a spoken command goes back to it. */
    private Front under;
    private Runnable uncover;
    private Runnable taken = () -> { };

    /** {@code heardYou} plays the "heard you" sound at once; called on the controller's thread after it acted. */
    CommandRouter(EventLog log, Runnable heardYou) {
        this(log, heardYou, Map::of);
    }

    /** {@code learntKeys} gives the keys learnt from a pedal as they are now; each screen reads them as it is built. */
    CommandRouter(EventLog log, Runnable heardYou, Supplier<Map<String, String>> learntKeys) {
        this.log = log;
        this.heardYou = heardYou;
        this.learntKeys = learntKeys;
    }

    /** From now on commands go to {@code shown}. */
    synchronized void show(Front shown) {
        front = shown;
        under = null;
        uncover = null;
    }

    /**
     * {@code shown} (Help) covers the screen in front. Keys and touch go to it; a spoken command takes it away with
     * {@code uncover} (which must not block) and goes to the screen under it, so a person who is holding on can say
     * "resume" and be back in the session.
     */
    synchronized void showOver(Front shown, Runnable uncover) {
        under = front;
        front = shown;
        this.uncover = uncover;
    }

    /** The screen under Help is in front again (Help closed by key or touch). */
    synchronized void uncover() {
        if (under != null) {
            show(under);
        }
    }

    /**
     * {@code shown} covers whatever is in front (Help over a session included) until the returned task puts it all
     * back as it was: the kiosk's "Are you still there?".
     */
    synchronized Runnable cover(Front shown) {
        Front coveredFront = front;
        Front coveredUnder = under;
        Runnable coveredUncover = uncover;
        show(shown);
        return () -> {
            synchronized (this) {
                front = coveredFront;
                under = coveredUnder;
                uncover = coveredUncover;
            }
        };
    }

    /** {@code listener} hears that a command is on its way to a screen (the kiosk counts idle time from it). */
    synchronized void onCommandTaken(Runnable listener) {
        taken = listener;
    }

    /** Commands are dropped until the next {@link #show}: the window is gone. */
    synchronized void nowhere() {
        front = null;
        under = null;
        uncover = null;
    }

    @Override
    public void send(Command command, CommandSource source) {
        dispatch(target(source), controller -> command, source);
    }

    @Override
    public void key(List<Command> meanings) {
        dispatch(target(CommandSource.KEY), controller -> controller.keyMeans(meanings), CommandSource.KEY);
    }

    @Override
    public Map<String, String> learntKeys() {
        return learntKeys.get();
    }

    private synchronized Front target(CommandSource source) {
        if (source == CommandSource.VOICE && front != null && !front.takesVoice()) {
            return null;
        }
        if (source == CommandSource.VOICE && under != null) {
            Runnable back = uncover;
            show(under);
            back.run();
        }
        if (front != null) {
            taken.run();
        }
        return front;
    }

    private synchronized boolean inFront(Front shown) {
        return front == shown;
    }

    private void dispatch(Front to, Function<ScreenController, Command> meaning, CommandSource source) {
        if (to == null) {
            return;
        }
        to.thread().execute(() -> {
            if (!inFront(to)) {
                return;
            }
            Command command = meaning.apply(to.controller());
            boolean acted = to.controller().act(command, source);
            if (acted) {
                log.command(command, source, true);
            } else {
                log.commandNotPossible(command, source, to.controller().whereNow());
            }
            heardYou.run();
            to.heard().accept(command);
        });
    }
}
