package org.footcoach.app;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.KeyStroke;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.HistoryRecorder;
import org.footcoach.store.HistoryStore;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.store.VirtualWallClock;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monkey at the real window: touches on the buttons of whatever screen shows, key presses (the pedal's keys, held
 * and short, the table's others and keys that mean nothing) and command words (where the voice input sends them), at
 * random moments, with the sessions it starts on a virtual clock. After every move and every step of time: nothing
 * thrown on any thread and no error logged, one session at a time, every session keeping the engine's rules
 * ({@link SessionInvariants}: one sentence at a time, counts that never skip or repeat, never stuck), and the session
 * screen showing the exercise and the count the engine is at. {@code -Dmonkey.seed=N} (default 26) and
 * {@code -Dmonkey.minutes=N} of virtual time (default 1; 10 for a long run); a failure gives the seed and every move,
 * and {@code -Dmonkey.verbose=true} prints the moves of a run that passed.
 */
@GuiTest
class MonkeyGuiTest {
    private static final long STEP_MILLIS = 250;
    private static final ActionTable ACTIONS = ActionTable.load();

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final CommandRoute voice = new CommandRoute();
    private final List<SessionInvariants> sessions = new CopyOnWriteArrayList<>();
    private final List<String> moves = new ArrayList<>();
    private final List<String> startedWhileOneRan = new CopyOnWriteArrayList<>();
    private volatile String screen = "none";
    private long seed;
    private GuiRobot gui;
    private FrameFixture frame;
    private PedalPresses pedal;
    private CaughtProblems caught;

    @Test
    void randomTouchesKeysAndWordsNeverBreakTheApp(GuiRobot robot) throws Exception {
        gui = robot;
        seed = Long.getLong("monkey.seed", 26);
        long virtualMillis = Integer.getInteger("monkey.minutes", 1) * 60_000L;
        System.out.println("Monkey: seed " + seed + ", " + virtualMillis / 60_000 + " virtual minutes");
        long wallStart = System.nanoTime();
        Path events = temp.resolve("events.jsonl");
        try (CaughtProblems problems = new CaughtProblems();
             JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            caught = problems;
            AppWindow window = open(log);
            try {
                frame = gui.frame(AppWindow.NAME);
                pedal = new PedalPresses(gui, frame);
                // A finger touches at once: no slow glide of the pointer to each button.
                gui.robot().settings().delayBetweenEvents(0);
                gui.robot().settings().eventPostingDelay(0);
                MonkeyMoves monkey = new MonkeyMoves(seed, ACTIONS);
                while (clock.millis() < virtualMillis) {
                    Map<String, AbstractButton> buttons = buttonsShowing();
                    MonkeyMoves.Move move = monkey.next(screen, List.copyOf(buttons.keySet()));
                    moves.add(String.format("%6d ms on %s: %s", clock.millis(), screen, move));
                    make(move, buttons);
                    settle();
                    check("after the move");
                    for (long waited = 0; waited < move.waitMillis(); waited += STEP_MILLIS) {
                        clock.advanceBy(Math.min(STEP_MILLIS, move.waitMillis() - waited));
                        flushEdt();
                        check("as time passed after the move");
                    }
                }
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
        List<String> errors = Files.readAllLines(events).stream()
                .filter(line -> line.contains("\"type\":\"error\"")).toList();
        if (!errors.isEmpty()) {
            fail("the event log has errors: " + errors);
        }
        if (Boolean.getBoolean("monkey.verbose")) {
            System.out.println(String.join("\n", moves));
        }
        System.out.printf("Monkey: %d moves, %d sessions (%d to the end), %d ms wall%n", moves.size(), sessions.size(),
                sessions.stream().filter(SessionInvariants::wentToTheEnd).count(),
                (System.nanoTime() - wallStart) / 1_000_000);
    }

    private AppWindow open(JsonLinesEventLog log) {
        CommandRouter commands = new CommandRouter(log, () -> { });
        voice.to(command -> commands.send(command, CommandSource.VOICE));
        VirtualWallClock wall = VirtualWallClock.mondayMorning(clock);
        HistoryStore history = HistoryStore.open(temp.resolve("history"), wall, problem -> {
            throw new AssertionError(problem);
        });
        SessionServices services = new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                sessionClock -> List.of(watch()));
        return gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.onScreenShown(name -> {
                screen = name;
                log.screen(name);
            });
            new ScreenFlow(w, ContentLoader.loadBundled().content(), services, clock.source(), log, commands,
                    PhraseVoice.none(), new HistoryRecorder(history), new HistoryAccess(history::sessions, wall,
                    new ScreenHistoryExport(temp, temp, wall, log, Runnable::run)),
                    SettingsAccess.inMemory(Preferences.defaults())).showStart();
            return w;
        });
    }

    /** A watcher for a session starting now; the one before must have ended. */
    private SessionInvariants watch() {
        if (!sessions.isEmpty() && !sessions.get(sessions.size() - 1).ended()) {
            startedWhileOneRan.add("session " + (sessions.size() + 1) + " started at " + clock.millis()
                    + " ms while the one before had not ended");
        }
        SessionInvariants invariants = new SessionInvariants(clock);
        sessions.add(invariants);
        return invariants;
    }

    private void make(MonkeyMoves.Move move, Map<String, AbstractButton> buttons) {
        switch (move.kind()) {
            case TOUCH -> {
                gui.robot().click(buttons.get(move.target()));
                // The click comes back through the display server: wait for it, so a replay makes the same moves.
                gui.robot().waitForIdle();
            }
            case KEY -> pedal.press(KeyStroke.getKeyStroke(move.target()).getKeyCode(), PedalPresses.SHORT_MILLIS);
            case HELD_KEY -> pedal.press(KeyStroke.getKeyStroke(move.target()).getKeyCode(),
                    PedalPresses.HELD_MILLIS);
            case VOICE -> voice.send(Command.valueOf(move.target()));
        }
    }

    /** The buttons a finger could touch now, by name (a second of the same name gets "#2"). */
    private Map<String, AbstractButton> buttonsShowing() {
        return gui.onEdt(() -> {
            Map<String, AbstractButton> found = new LinkedHashMap<>();
            collect(frame.target(), found);
            return found;
        });
    }

    private static void collect(Component component, Map<String, AbstractButton> found) {
        if (component instanceof AbstractButton button && button.isShowing() && button.isEnabled()) {
            String name = button.getName() == null ? "(no name)" : button.getName();
            String key = name;
            for (int n = 2; found.containsKey(key); n++) {
                key = name + "#" + n;
            }
            found.put(key, button);
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, found);
            }
        }
    }

    /** Lets the EDT and the session (on its virtual clock) take what was sent, as their threads do at once. */
    private void settle() {
        flushEdt();
        clock.advanceBy(0);
        flushEdt();
    }

    /**
     * Lets the EDT take everything posted to it so far, and what that posts in turn (a session that ended shows its
     * summary, which then starts asking): much quicker than waiting for the whole toolkit to be idle.
     */
    private void flushEdt() {
        for (int i = 0; i < 3; i++) {
            gui.onEdt(() -> null);
        }
    }

    private void check(String when) {
        List<String> problems = new ArrayList<>(caught.problems());
        problems.addAll(startedWhileOneRan);
        for (int i = 0; i < sessions.size(); i++) {
            SessionInvariants session = sessions.get(i);
            session.checkNotStuck();
            for (String problem : session.problems()) {
                problems.add("session " + (i + 1) + ": " + problem);
            }
        }
        problems.addAll(screenAgreesWithEngine());
        if (!problems.isEmpty()) {
            fail(String.join("\n  ", problems) + "\n" + when);
        }
    }

    /**
     * On the session screen: the exercise named is the one the engine is in, and the count shown is its count; and a
     * session that has ended is not still on the screen (its summary shows).
     */
    private List<String> screenAgreesWithEngine() {
        if (sessions.isEmpty()) {
            return List.of();
        }
        SessionInvariants session = sessions.get(sessions.size() - 1);
        Optional<SessionSnapshot> last = session.snapshot();
        boolean ended = session.ended();
        return gui.onEdt(() -> {
            List<String> wrong = new ArrayList<>();
            if (!"session".equals(screen) || last.isEmpty()) {
                return wrong;
            }
            if (ended) {
                wrong.add("the session has ended and its screen still shows");
                return wrong;
            }
            SessionSnapshot engine = last.get();
            JComponent shown = ((JFrame) frame.target()).getRootPane();
            String ring = text(shown, "hold-ring");
            engine.count().ifPresent(count -> {
                if (!Integer.toString(count).equals(ring)) {
                    wrong.add("the ring shows '" + ring + "' while the engine's count is " + count);
                }
            });
            engine.inExercise().filter(in -> engine.nextUp().isEmpty()).ifPresent(in -> {
                String name = text(shown, "exercise-name");
                if (!in.exercise().name().equals(name)) {
                    wrong.add("the screen names '" + name + "' while the engine is in " + in.exercise().name()
                            + " (" + engine.state() + ")");
                }
            });
            return wrong;
        });
    }

    /** The text of the one showing component named {@code name} under {@code root}. EDT. */
    private static String text(Component root, String name) {
        if (name.equals(root.getName()) && root.isShowing()) {
            if (root instanceof JLabel label) {
                return label.getText();
            }
            if (root instanceof AbstractButton button) {
                return button.getText();
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                String found = text(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void fail(String what) {
        throw new AssertionError("Monkey seed " + seed + " (replay: -Dmonkey.seed=" + seed + "): " + what
                + "\nThe moves:\n  " + String.join("\n  ", moves));
    }
}
