package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.ClockedSource;
import org.footcoach.listen.WavFileSource;
import org.footcoach.listen.corpus.EspeakSpeaker;
import org.footcoach.listen.corpus.Recognition;
import org.footcoach.listen.recognise.VoiceModel;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's attract screen, idle time and admin gesture, on the real window and screens, with the engine, the idle
 * time and a recording played into the voice input on one virtual clock: voice is not taken on the attract screen; after 30 s without input outside an exercise "Are you
 * still there?" asks once, Yes keeps the visitor where they were, and no answer wipes the session and shows the
 * attract screen again.
 */
@GuiTest
class KioskFlowGuiTest {
    private static final int IDLE_SECONDS = 30;
    private static final String PIN = "2468";
    private static final long STEP_MILLIS = 250;
    private static final long MAX_VIRTUAL_MILLIS = 10 * 60_000;

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger settingsBack = new AtomicInteger();
    private final List<String> said = new CopyOnWriteArrayList<>();
    private volatile SessionState state;
    private JsonLinesEventLog log;
    private CommandRouter commands;
    private GuiRobot gui;
    private FrameFixture frame;
    private AppWindow window;

    private final SessionListener states = new SessionListener() {
        @Override
        public void stateChanged(SessionSnapshot snapshot) {
            state = snapshot.state();
        }
    };

    private final PhraseVoice voice = new PhraseVoice() {
        @Override
        public void say(String phraseKey) {
            said.add(phraseKey);
        }

        @Override
        public void quiet() {
            // nothing is playing
        }
    };

    private void open(GuiRobot robot) throws Exception {
        gui = robot;
        log = JsonLinesEventLog.open(temp.resolve("events.jsonl"), clock);
        commands = new CommandRouter(log, answered::incrementAndGet);
        window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.lock();
            SessionServices services = new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                    sessionClock -> List.of(states));
            ScreenFlow flow = new ScreenFlow(w, ContentLoader.loadBundled().content(), services, clock.source(),
                    log, commands, voice, null, HistoryAccess.none(), SettingsAccess.inMemory(Preferences.defaults()),
                    VisitorRules.kiosk(id -> true));
            new KioskFlow(w, flow, commands, log, voice, clock, clock, () -> IDLE_SECONDS, () -> 20,
                    settingsBack::incrementAndGet, (tried, right) -> right.accept(new String(tried).equals(PIN)))
                    .start();
            return w;
        });
        frame = gui.frame(AppWindow.NAME);
    }

    @AfterEach
    void close() {
        if (window != null) {
            gui.onEdt(() -> {
                window.close();
                return null;
            });
        }
        if (log != null) {
            log.close();
        }
    }

    private boolean showing(String name) {
        return gui.showing(frame, name);
    }

    private void advanceUntil(String what, BooleanSupplier test) {
        clock.advanceUntil(gui, what, test, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
    }

    private void settle() {
        gui.robot().waitForIdle();
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    private void say(Command command) {
        commands.send(command, CommandSource.VOICE);
        settle();
    }

    /**
     * A press of the button named {@code name}, as a key or the pedal would (a second click where the screen before
     * was touched a moment ago would be taken for a double tap).
     */
    private void press(String name) {
        gui.onEdt(() -> {
            frame.button(name).target().doClick();
            return null;
        });
        settle();
    }

    private EventLines events() {
        return new EventLines(temp.resolve("events.jsonl"));
    }

    @Test
    void talkOnTheAttractScreenStartsNothingAndMakesNoSound(GuiRobot robot) throws Exception {
        open(robot);
        assertThat(showing("attract-screen")).isTrue();

        for (Command word : List.of(Command.GO, Command.HELP, Command.NEXT, Command.DONE)) {
            say(word);
        }
        clock.advanceBy(5 * 60_000);
        settle();

        assertThat(showing("attract-screen")).as("nothing started").isTrue();
        assertThat(answered.get()).as("no \"heard you\" sound").isZero();
        assertThat(events().ofType("command")).isEmpty();
        assertThat(events().ofType("idle-warning")).as("nobody to ask").isEmpty();

        frame.button("attract-start").click();
        settle();
        assertThat(showing("start-screen")).isTrue();
        say(Command.HELP);
        assertThat(showing("help-screen")).as("a visitor came: voice is taken now").isTrue();
    }

    @Test
    void talkPlayedIntoTheMicrophoneOnTheAttractScreenStartsNothing(GuiRobot robot) throws Exception {
        open(robot);
        EspeakSpeaker person = new EspeakSpeaker("en-us", 150, 50);
        short[] pcm = new short[16 * 14_000];
        int at = 1000;
        for (String word : List.of("start", "ready", "help", "go on")) {
            short[] said = person.say(word);
            System.arraycopy(said, 0, pcm, at * 16, said.length);
            at += 3000;
        }
        Path talk = VoiceCommandsRecording.write(temp.resolve("talk.wav"), pcm);
        VoiceInput voice = VoiceInput.start(missing -> new ClockedSource(WavFileSource.fast(talk), clock::advanceBy),
                KioskFlowGuiTest::testModel, log, clock);
        try {
            voice.route().to(command -> commands.send(command, CommandSource.VOICE));
            voice.started().get(60, TimeUnit.SECONDS).awaitEnd();
        } finally {
            voice.close();
        }
        settle();

        assertThat(events().ofType("voice-heard")).as("the words were heard").isNotEmpty();
        assertThat(events().ofType("command")).as("and none was taken").isEmpty();
        assertThat(answered.get()).isZero();
        assertThat(showing("attract-screen")).isTrue();
    }

    private static VoiceModel testModel() {
        try {
            return VoiceModel.loadNow(Recognition.testModelDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theKioskStartScreenOffersNeitherHistoryNorSettings(GuiRobot robot) throws Exception {
        open(robot);
        frame.button("attract-start").click();
        settle();

        assertThat(showing("start-help")).isTrue();
        assertThat(showing("start-history")).isFalse();
        assertThat(showing("start-settings")).isFalse();
        say(Command.SETTINGS);
        assertThat(showing("start-screen")).isTrue();
    }

    @Test
    void noInputAsksOnceAndYesGoesBackWhereTheVisitorWas(GuiRobot robot) throws Exception {
        open(robot);
        frame.button("attract-start").click();
        settle();
        JComponent start = gui.onEdt(() -> window.screen());

        clock.advanceBy((IDLE_SECONDS - 2) * 1000L);
        settle();
        assertThat(showing("still-there-screen")).as("not yet").isFalse();
        advanceUntil("the question", () -> showing("still-there-screen"));
        assertThat(said).containsExactly("kiosk.still-there");
        assertThat(frame.textBox("still-there-countdown").text()).isEqualTo("Back to the start in 20 seconds.");
        clock.advanceBy(5_000);
        settle();
        assertThat(frame.textBox("still-there-countdown").text()).isEqualTo("Back to the start in 15 seconds.");

        frame.button("still-there-yes").click();
        settle();

        assertThat(gui.onEdt(() -> window.screen())).as("the same start screen").isSameAs(start);
        clock.advanceBy((IDLE_SECONDS + 10) * 1000L);
        settle();
        assertThat(showing("still-there-screen")).as("idle again: asked again").isTrue();
        assertThat(showing("attract-screen")).isFalse();
        assertThat(events().ofType("idle-warning")).hasSize(2);
        assertThat(events().ofType("idle-reset")).isEmpty();
        assertThat(said).as("said once each time").containsExactly("kiosk.still-there", "kiosk.still-there");
    }

    @Test
    void noAnswerWipesTheSessionAndShowsTheAttractScreen(GuiRobot robot) throws Exception {
        open(robot);
        frame.button("attract-start").click();
        settle();
        press("routine-quick");
        say(Command.PAUSE);
        assertThat(state).isEqualTo(SessionState.PAUSED);

        advanceUntil("the question", () -> showing("still-there-screen"));
        clock.advanceBy(19_000);
        settle();
        assertThat(showing("still-there-screen")).isTrue();
        advanceUntil("the attract screen", () -> showing("attract-screen"));

        assertThat(events().ofType("idle-reset")).hasSize(1);
        assertThat(settingsBack.get()).as("the kiosk's settings back").isEqualTo(1);
        SessionState left = state;
        say(Command.GO);
        clock.advanceBy(10_000);
        settle();
        assertThat(state).as("the session is gone and hears nothing").isEqualTo(left);
        assertThat(showing("attract-screen")).isTrue();
    }

    @Test
    void anExerciseRunningPastTheIdleTimeIsNotInterrupted(GuiRobot robot) throws Exception {
        open(robot);
        frame.button("attract-start").click();
        settle();
        press("routine-quick");

        // The quick routine speaks, counts and holds on its own for well over 30 s before it waits for "ready".
        // A second a step: the question, once asked, would stay for its 20 s countdown, so none is missed.
        long waited = 0;
        while (state != SessionState.WAITING_FOR_GO && waited < MAX_VIRTUAL_MILLIS) {
            assertThat(showing("still-there-screen")).as("asked at %d ms in state %s", waited, state).isFalse();
            clock.advanceBy(1000);
            waited += 1000;
            gui.robot().waitForIdle();
        }
        assertThat(waited).as("ran longer than the idle time").isGreaterThan(3 * IDLE_SECONDS * 1000L);
        assertThat(events().ofType("idle-warning")).isEmpty();

        advanceUntil("the question once the session waits", () -> showing("still-there-screen"));
        assertThat(state).isEqualTo(SessionState.WAITING_FOR_GO);
    }

    /** A finger on the top-left corner, held there while the clock moves {@code millis}, then lifted. */
    private void holdCorner(long millis) {
        JRootPane root = gui.onEdt(() -> ((JFrame) frame.target()).getRootPane());
        gui.robot().pressMouse(root, new Point(15, 15), MouseButton.LEFT_BUTTON);
        settle();
        clock.advanceBy(millis);
        settle();
        gui.robot().releaseMouseButtons();
        settle();
    }

    private void enter(String pin) {
        for (char digit : pin.toCharArray()) {
            press("pin-" + digit);
        }
        press("pin-ok");
    }

    @Test
    void theCornerHeldFiveSecondsAndTheRightPinOpenTheAdminScreen(GuiRobot robot) throws Exception {
        open(robot);
        holdCorner(4_000);
        assertThat(showing("pin-screen")).as("4 s is not enough").isFalse();

        holdCorner(5_000);
        assertThat(showing("pin-screen")).isTrue();
        assertThat(frame.label("pin-title").text()).isEqualTo("Admin PIN");
        enter(PIN);

        assertThat(showing("settings-screen")).isTrue();
        for (String row : List.of("setting-idle-seconds", "setting-warning-seconds", "setting-offer-quick",
                "setting-volume", "setting-voice-commands", "setting-quit")) {
            assertThat(showing(row)).as(row).isTrue();
        }
        assertThat(events().ofType("admin-opened")).hasSize(1);
        assertThat(events().ofType("admin-pin-wrong")).isEmpty();

        press("settings-back");
        assertThat(showing("attract-screen")).isTrue();
        holdCorner(5_000);
        enter(PIN);
        press("setting-quit-do");
        assertThat(gui.onEdt(() -> frame.target().isDisplayable())).as("quit closes the window").isFalse();
        window = null;
    }

    @Test
    void aWrongPinDoesNotOpenAndFiveLockThePrompt(GuiRobot robot) throws Exception {
        open(robot);
        frame.button("attract-start").click();
        settle();
        holdCorner(5_000);
        enter("1111");
        assertThat(showing("settings-screen")).isFalse();
        assertThat(frame.textBox("pin-message").text()).startsWith("That is not the PIN. 4 more tries");
        for (int i = 0; i < 4; i++) {
            enter("1111");
        }
        enter(PIN);

        assertThat(showing("settings-screen")).as("locked: even the right PIN waits").isFalse();
        assertThat(frame.textBox("pin-message").text()).isEqualTo("Too many wrong tries. Wait a minute, then try again.");
        assertThat(events().ofType("admin-pin-wrong")).hasSize(5);
        assertThat(events().ofType("admin-opened")).isEmpty();

        press("pin-cancel");
        assertThat(showing("start-screen")).as("back where it was").isTrue();
    }
}
