package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.WordRateLength;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.PhraseVoice;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings opened in the middle of a session (F3): the session pauses; doses changed there count from the next
 * exercise on, and the exercise in progress keeps its own. The real window and screens, the engine on a virtual
 * clock, the quick routine (ankle rolls 10 times, then a calf stretch held 20 s).
 */
@GuiTest
class SettingsInSessionGuiTest {
    private static final long STEP_MILLIS = 500;
    private static final long MAX_VIRTUAL_MILLIS = 5 * 60_000;

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    /** The highest count said in each exercise. */
    private final Map<String, Integer> highest = new ConcurrentHashMap<>();

    /** Lets the EDT and the session (on its virtual clock) take what was sent, as their threads do at once. */
    private void settle(GuiRobot gui) {
        gui.robot().waitForIdle();
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    @Test
    void aHoldMadeLongerInSettingsMidSessionIsCountedToItsNewLengthInTheNextExercise(GuiRobot gui) throws Exception {
        SessionListener counts = new SessionListener() {
            @Override
            public void cue(Cue cue) {
                if (cue instanceof Cue.Speech speech && speech.count().isPresent()
                        && speech.exerciseId().isPresent()) {
                    highest.merge(speech.exerciseId().get(), speech.count().getAsInt(), Math::max);
                }
            }
        };
        SettingsAccess settings = SettingsAccess.inMemory(Preferences.defaults());
        try (JsonLinesEventLog log = JsonLinesEventLog.open(temp.resolve("events.jsonl"), clock)) {
            CommandRouter commands = new CommandRouter(log, () -> { });
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                ScreenFlow flow = new ScreenFlow(w, ContentLoader.loadBundled().content(),
                        new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                                sessionClock -> List.of(counts)),
                        clock.source(), log, commands, PhraseVoice.none(), null, HistoryAccess.none(), settings);
                flow.startSession("quick");
                return w;
            });
            try {
                FrameFixture frame = gui.frame(AppWindow.NAME);
                clock.advanceUntil(gui, "the second count of ankle rolls",
                        () -> highest.getOrDefault("ankle-rolls", 0) >= 2, STEP_MILLIS, MAX_VIRTUAL_MILLIS);

                frame.pressAndReleaseKeys(KeyEvent.VK_F3);
                settle(gui);
                gui.waitUntil("Settings over the session", () -> gui.showing(frame, "settings-screen"));
                frame.button("setting-dose-calf-stretch-holdSeconds-more").click();
                frame.button("setting-dose-ankle-rolls-reps-less").click();
                assertThat(settings.now().get().doses().of("calf-stretch").holdSeconds()).hasValue(25);
                assertThat(settings.now().get().doses().of("ankle-rolls").reps()).hasValue(9);
                frame.button("settings-back").click();
                gui.waitUntil("the session again", () -> gui.showing(frame, "session-screen"));

                commands.send(Command.GO, CommandSource.TOUCH);
                settle(gui);
                clock.advanceUntil(gui, "the calf stretch held to 25", () -> highest.getOrDefault("calf-stretch", 0)
                        >= 25, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
                assertThat(highest.get("ankle-rolls")).as("the exercise in progress keeps its count").isEqualTo(10);
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
    }
}
