package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.footcoach.session.ActionTable;
import org.footcoach.session.Command;
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
 * Every routine walked from the start screen to its end and back, as a person at a counter does it: once by a pedal
 * alone (Page Down and Space) and once by touch alone, at 1024x768, answering both questions at the end. Each walk
 * goes on when the app waits for ready and starts each rest early, every exercise is done, and the event log holds
 * both answers. The real window, screens and router; the sessions on a virtual clock.
 */
@GuiTest
class RoutineWalkGuiTest {
    /** Shorter than any rest, so each is seen and started early. */
    private static final long STEP_MILLIS = 4_000;
    private static final long MAX_VIRTUAL_MILLIS = 60 * 60_000;
    /** Longer than the summary waits before a press answers a question just asked. */
    private static final long A_MOMENT = 1_500;
    /** What the Pause button reads while the session waits. */
    private static final String GO_ON = ActionTable.load().action(Command.GO).button();

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final Content content = ContentLoader.loadBundled().content();
    private GuiRobot gui;
    private FrameFixture frame;
    private PedalPresses pedal;

    @Test
    void everyRoutineByPedalAloneAndByTouchAloneEndsWithBothAnswersLogged(GuiRobot robot) throws Exception {
        gui = robot;
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            CommandRouter commands = new CommandRouter(log, () -> { });
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                new ScreenFlow(w, content, new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                        sessionClock -> List.of(new SessionEventLog(log))), clock.source(), log, commands, new Silent())
                        .showStart();
                return w;
            });
            try {
                frame = gui.frame(AppWindow.NAME);
                pedal = new PedalPresses(gui, frame);
                List<Routine> routines = content.routines();
                for (int i = 0; i < routines.size(); i++) {
                    walkByPedal(i);
                    walkByTouch(routines.get(i));
                }
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }

        EventLines lines = new EventLines(events);
        List<String> routineIds = content.routines().stream().map(Routine::id).toList();
        assertThat(lines.ofType("routine-chosen")).extracting(e -> e.get("routine").getAsString())
                .containsExactlyElementsOf(routineIds.stream().flatMap(id -> List.of(id, id).stream()).toList());
        assertThat(lines.ofType("session-ended")).hasSize(2 * routineIds.size())
                .allSatisfy(e -> assertThat(e.get("stopped_early").getAsBoolean()).isFalse());
        List<JsonObject> feedback = lines.ofType("session-feedback");
        assertThat(feedback).hasSize(2 * routineIds.size());
        for (int i = 0; i < feedback.size(); i++) {
            boolean pedal = i % 2 == 0;
            JsonObject answers = feedback.get(i);
            assertThat(answers.get("routine").getAsString()).isEqualTo(routineIds.get(i / 2));
            assertThat(answers.get("effort").getAsInt()).as("effort, %s", answers).isEqualTo(pedal ? 3 : 6);
            assertThat(answers.get("pain").getAsInt()).as("pain, %s", answers).isEqualTo(pedal ? 1 : 2);
            assertThat(answers.getAsJsonArray("not_answered")).isEmpty();
        }
        assertThat(lines.ofType("command")).as("only a pedal's keys and touches")
                .allSatisfy(c -> assertThat(c.get("source").getAsString()).isIn("key", "touch"));
        assertThat(lines.types()).doesNotContain("error");
    }

    /**
     * Page Down to the routine, Space to start; Space whenever it waits, Page Down to start a rest early (Space
     * would pause it); held Page Down to move to an answer, a short one to choose it.
     */
    private void walkByPedal(int routineIndex) {
        requireShowing("start-screen");
        for (int i = 0; i < routineIndex; i++) {
            press(KeyEvent.VK_PAGE_DOWN, false);
        }
        press(KeyEvent.VK_SPACE, false);
        walkTheSession(() -> press(KeyEvent.VK_SPACE, false), () -> press(KeyEvent.VK_PAGE_DOWN, false));
        clock.advanceBy(A_MOMENT);
        for (int i = 0; i < 3; i++) {
            press(KeyEvent.VK_PAGE_DOWN, true);
        }
        press(KeyEvent.VK_PAGE_DOWN, false);
        requireShowing("pain-question");
        clock.advanceBy(A_MOMENT);
        press(KeyEvent.VK_PAGE_DOWN, true);
        press(KeyEvent.VK_PAGE_DOWN, false);
        requireShowing("summary-thanks");
        clock.advanceBy(A_MOMENT);
        press(KeyEvent.VK_PAGE_DOWN, false);
    }

    /** The routine's button; Go on whenever it waits, Start now in every rest; the numbers to answer. */
    private void walkByTouch(Routine routine) {
        requireShowing("start-screen");
        touch("routine-" + routine.id());
        walkTheSession(() -> touch("control-pause"), () -> touch("rest-go"));
        clock.advanceBy(A_MOMENT);
        touch("effort-6");
        requireShowing("pain-question");
        clock.advanceBy(A_MOMENT);
        touch("pain-2");
        requireShowing("summary-thanks");
        clock.advanceBy(A_MOMENT);
        touch("summary-back");
        requireShowing("summary-thanks-leave-ask");
        // The second, deliberate press: a tap right after the first is taken for a shaky double tap and ignored
        // (TouchButton), so a person taps again until the start screen shows.
        for (int tries = 0; tries < 20 && !showing("start-screen"); tries++) {
            touch("summary-back");
        }
    }

    /**
     * Lets the session run until the summary shows, calling {@code goOn} when it waits for ready (its Pause button
     * reads Go on) and {@code startNow} in each rest between exercises.
     */
    private void walkTheSession(Runnable goOn, Runnable startNow) {
        requireShowing("session-screen");
        for (long t = 0; t <= MAX_VIRTUAL_MILLIS; t += STEP_MILLIS) {
            gui.robot().waitForIdle();
            if (showing("summary-screen")) {
                requireShowing("effort-question");
                return;
            }
            if (showing("rest-go")) {
                startNow.run();
            } else if (GO_ON.equals(gui.onEdt(() -> frame.button("control-pause").target().getText()))) {
                goOn.run();
            } else {
                clock.advanceBy(STEP_MILLIS);
            }
        }
        throw new AssertionError("The session did not end within " + MAX_VIRTUAL_MILLIS / 60_000 + " virtual minutes");
    }

    private void touch(String button) {
        frame.button(button).click();
        settle();
    }

    /** A pedal's press, short or held a second. */
    private void press(int code, boolean held) {
        pedal.press(code, held ? PedalPresses.HELD_MILLIS : PedalPresses.SHORT_MILLIS);
        settle();
    }

    /** Lets the EDT and the session (on its virtual clock) take what was sent, as their threads do at once. */
    private void settle() {
        gui.robot().waitForIdle();
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    private void requireShowing(String name) {
        assertThat(showing(name)).as("%s showing; the screens showing: %s", name,
                List.of("start-screen", "session-screen", "summary-screen", "effort-question", "pain-question",
                        "summary-thanks", "help-screen").stream().filter(this::showing).toList()).isTrue();
    }

    private boolean showing(String name) {
        return gui.showing(frame, name);
    }

    /** The questions are said by a voice that makes no sound here: the test reads what is shown. */
    private static final class Silent implements PhraseVoice {
        @Override
        public void say(String phraseKey) {
            // Nothing to play in a test; the shown text is the same phrase.
        }

        @Override
        public void quiet() {
            // Nothing plays.
        }
    }
}
