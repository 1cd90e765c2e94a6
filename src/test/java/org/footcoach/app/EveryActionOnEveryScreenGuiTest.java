package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.Dimension;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.swing.KeyStroke;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Action;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.HistoryStore;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.store.PinHash;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every action of the table, on every screen: by each of its keys (pressed, or held where the table says so), by
 * voice (where the voice input sends what it heard) and by touch where the screen has a control for it. Each reaches
 * the one router and is logged exactly once as {@code command} with its source. A key that may mean several actions
 * is logged as the one the screen in front took it for. The real window and screens, the engine on a virtual clock.
 */
@GuiTest
class EveryActionOnEveryScreenGuiTest {
    private static final long STEP_MILLIS = 500;
    private static final long MAX_VIRTUAL_MILLIS = 3 * 60_000;
    private static final ActionTable ACTIONS = ActionTable.load();
    /** The session's Pause button reads "Go on", and sends "go", while the session waits or is paused. */
    private static final String PAUSE_OR_GO = "control-pause";

    /** The touch control for an action on each screen, where it has one. */
    private static final Map<Screen, Map<Command, String>> TOUCH = Map.of(
            Screen.START, Map.of(Command.GO, "routine-quick", Command.HELP, "start-help", Command.HISTORY,
                    "start-history", Command.SETTINGS, "start-settings"),
            Screen.SETTINGS, Map.of(Command.STOP, "settings-back"),
            Screen.PIN, Map.of(Command.STOP, "pin-cancel"),
            Screen.HISTORY, Map.of(Command.BACK, "history-back", Command.EXPORT, "history-export"),
            Screen.HELP, Map.of(Command.BACK, "help-up", Command.NEXT, "help-down", Command.GO, "help-close"),
            Screen.SESSION, Map.ofEntries(Map.entry(Command.PAUSE, PAUSE_OR_GO), Map.entry(Command.GO, PAUSE_OR_GO),
                    Map.entry(Command.NEXT, "control-next"), Map.entry(Command.BACK, "control-back"),
                    Map.entry(Command.REPEAT, "control-repeat"), Map.entry(Command.DONE, "hold-ring"),
                    Map.entry(Command.STOP, "control-stop"), Map.entry(Command.LOUDER, "control-louder"),
                    Map.entry(Command.SOFTER, "control-softer"), Map.entry(Command.SLOWER, "control-slower"),
                    Map.entry(Command.FASTER, "control-faster"), Map.entry(Command.HELP, "control-help")),
            Screen.SUMMARY, Map.of(Command.THREE, "effort-3", Command.STOP, "summary-back"));

    enum Screen { START, HELP, HISTORY, SETTINGS, PIN, SESSION, SUMMARY }

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final CommandRoute voice = new CommandRoute();
    private GuiRobot gui;
    private FrameFixture frame;
    private ScreenFlow flow;
    private CommandRouter commands;
    private Path file;
    private PedalPresses pedal;

    @Test
    void everyActionByKeyVoiceAndTouchIsLoggedOnceWithItsSource(GuiRobot robot) throws Exception {
        gui = robot;
        file = temp.resolve("events.jsonl");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file, clock)) {
            commands = new CommandRouter(log, () -> { });
            HistoryStore week = SimulatedWeek.record(temp.resolve("history"));
            voice.to(command -> commands.send(command, CommandSource.VOICE));
            PinHash pin = PinHash.of("2468".toCharArray(), new SecureRandom());
            SettingsAccess memory = SettingsAccess.inMemory(Preferences.defaults());
            SettingsAccess withPin = new SettingsAccess(memory.now(), memory.save(), memory.choices(),
                    () -> Optional.of(pin), Optional.empty(), Optional.empty());
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                flow = new ScreenFlow(w, ContentLoader.loadBundled().content(),
                        new SessionServices(WordRateLength.typical(), SessionSettings.defaults(), sessionClock -> List.of()),
                        clock.source(), log, commands, PhraseVoice.none(), null, new HistoryAccess(week::sessions,
                                SimulatedWeek.SUNDAY_EVENING, new ScreenHistoryExport(temp, temp,
                                        SimulatedWeek.SUNDAY_EVENING, log, Runnable::run)), withPin);
                return w;
            });
            try {
                for (Screen screen : Screen.values()) {
                    for (Action action : ACTIONS.all()) {
                        for (String key : action.keys()) {
                            checked += check(problems, screen, action.command(), key, false);
                        }
                        for (String key : action.heldKeys()) {
                            checked += check(problems, screen, action.command(), key, true);
                        }
                        checked += check(problems, screen, action.command(), null, false);
                        if (TOUCH.get(screen).containsKey(action.command())) {
                            checked += checkTouch(problems, screen, action.command());
                        }
                    }
                }
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("presses, words and touches tried").isGreaterThan(150);
    }

    /** One key press (or hold), or with {@code key} null the action's first word said. Returns 1. */
    private int check(List<String> problems, Screen screen, Command command, String key, boolean held) {
        int before = setUp(screen);
        if (key == null) {
            voice.send(command);
        } else {
            pressKey(key, held);
        }
        settle();
        List<JsonObject> logged = commandsFrom(before);
        String what = screen + " " + command.logName() + (key == null ? " said" : " by " + key + (held ? " held" : ""));
        List<Command> meant = key == null ? List.of(command) : ACTIONS.meaningsOf(key, held);
        if (logged.size() != 1) {
            problems.add(what + ": logged " + logged.size() + " times");
        } else if (!logged.get(0).get("source").getAsString().equals(key == null ? "voice" : "key")) {
            problems.add(what + ": source " + logged.get(0).get("source"));
        } else if (meant.stream().noneMatch(c -> c.logName().equals(logged.get(0).get("name").getAsString()))) {
            problems.add(what + ": logged as " + logged.get(0).get("name"));
        }
        return 1;
    }

    private int checkTouch(List<String> problems, Screen screen, Command command) {
        int before = setUp(screen);
        String control = TOUCH.get(screen).get(command);
        if (!showing(control)) {
            advanceUntil(control, () -> showing(control));
        }
        frame.button(control).click();
        settle();
        List<JsonObject> logged = commandsFrom(before);
        String what = screen + " " + command.logName() + " touched";
        if (logged.size() != 1) {
            problems.add(what + ": logged " + logged.size() + " times");
        } else if (!(logged.get(0).get("name").getAsString().equals(command.logName())
                || control.equals(PAUSE_OR_GO)) || !logged.get(0).get("source").getAsString().equals("touch")) {
            problems.add(what + ": logged as " + logged.get(0));
        }
        return 1;
    }

    /** Shows {@code screen} as it first looks, unless it still does; returns how many commands are logged then. */
    private int setUp(Screen screen) {
        switch (screen) {
            case START -> {
                if (!showing("start-screen")) {
                    onEdt(flow::showStart);
                }
            }
            case HELP -> {
                if (!showing("help-screen")) {
                    onEdt(flow::showStart);
                    commands.send(Command.HELP, CommandSource.TOUCH);
                    settle();
                }
            }
            case HISTORY -> {
                if (!showing("history-screen")) {
                    onEdt(flow::showStart);
                    commands.send(Command.HISTORY, CommandSource.TOUCH);
                    settle();
                }
            }
            case SETTINGS -> {
                if (!showing("settings-screen")) {
                    onEdt(flow::showStart);
                    commands.send(Command.SETTINGS, CommandSource.TOUCH);
                    settle();
                }
            }
            case PIN -> {
                if (!showing("pin-screen")) {
                    setUp(Screen.SETTINGS);
                    frame.button("setting-dose-ankle-rolls-sets-more").click();
                    settle();
                }
            }
            case SESSION -> {
                if (!showing("session-screen") || !showing("control-softer")) {
                    onEdt(() -> flow.startSession("sitting"));
                    advanceUntil("the first exercise", () -> showing("control-softer"));
                }
            }
            case SUMMARY -> {
                if (!showing("summary-screen") || !showing("effort-3")) {
                    onEdt(() -> flow.startSession("quick"));
                    advanceUntil("the session", () -> showing("session-screen"));
                    commands.send(Command.STOP, CommandSource.TOUCH);
                    advanceUntil("the summary", () -> showing("summary-screen"));
                }
            }
        }
        if (frame == null) {
            frame = gui.frame(AppWindow.NAME);
        }
        return commandLines().size();
    }

    /** The log's command lines from the {@code from}th on. */
    private List<JsonObject> commandsFrom(int from) {
        List<String> lines = commandLines();
        return lines.subList(from, lines.size()).stream()
                .map(line -> com.google.gson.JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    /** Read as text: the log holds every cue of every session, and parsing all of it each time is slow. */
    private List<String> commandLines() {
        try {
            return java.nio.file.Files.readAllLines(file).stream()
                    .filter(line -> line.contains("\"type\":\"command\"")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A pedal's press of the table's key {@code key}, short or held a second. */
    private void pressKey(String key, boolean held) {
        if (pedal == null) {
            pedal = new PedalPresses(gui, frame);
        }
        pedal.press(KeyStroke.getKeyStroke(key).getKeyCode(),
                held ? PedalPresses.HELD_MILLIS : PedalPresses.SHORT_MILLIS);
    }

    /** Lets the EDT and the session (on its virtual clock) take what was sent, as their threads do at once. */
    private void settle() {
        gui.robot().waitForIdle();
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    private void advanceUntil(String what, BooleanSupplier test) {
        clock.advanceUntil(gui, what, test, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
    }

    private boolean showing(String name) {
        return frame != null && gui.showing(frame, name);
    }

    private void onEdt(Runnable task) {
        gui.onEdt(() -> {
            task.run();
            return null;
        });
        if (frame == null) {
            frame = gui.frame(AppWindow.NAME);
        }
    }
}
