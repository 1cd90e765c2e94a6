package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.ContentLoader;
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
 * After a session, the app asks its two questions aloud and the event log's {@code session-feedback} holds both
 * answers, and tells a question not answered from a 0. The real flow and router, keys as a pedal sends them, the
 * session on a virtual clock.
 */
@GuiTest
class SummaryFlowGuiTest {
    private static final long STEP_MILLIS = 200;
    private static final long MAX_VIRTUAL_MILLIS = 60_000;
    /** Longer than the summary waits before a press answers a question just asked. */
    private static final long A_MOMENT = 1_500;

    @TempDir
    Path temp;

    private final SharedVirtualClock clock = new SharedVirtualClock();
    private final List<String> said = new CopyOnWriteArrayList<>();
    private GuiRobot gui;
    private FrameFixture frame;
    private PedalPresses pedal;

    @Test
    void aPedalAloneAnswersBothQuestionsAndTheLogHasBoth(GuiRobot robot) throws Exception {
        gui = robot;
        EventLines lines = afterASession(() -> {
            clock.advanceBy(A_MOMENT);
            hold(KeyEvent.VK_PAGE_DOWN);
            hold(KeyEvent.VK_PAGE_DOWN);
            press(KeyEvent.VK_PAGE_DOWN);
            assertThat(showing("pain-question")).isTrue();
            clock.advanceBy(A_MOMENT);
            press(KeyEvent.VK_PAGE_DOWN);
            assertThat(showing("summary-thanks")).isTrue();
            clock.advanceBy(A_MOMENT);
            press(KeyEvent.VK_PAGE_DOWN);
            assertThat(showing("start-screen")).isTrue();
        });
        assertThat(said).as("each question said as it shows, then quiet on going back")
                .startsWith("question.effort", "question.pain", "question.thanks", "(quiet)");
        List<JsonObject> feedback = lines.ofType("session-feedback");
        assertThat(feedback).hasSize(1);
        assertThat(feedback.get(0).get("effort").getAsInt()).isEqualTo(2);
        assertThat(feedback.get(0).get("pain").getAsInt()).as("no pain, chosen").isZero();
        assertThat(feedback.get(0).getAsJsonArray("not_answered")).isEmpty();
    }

    @Test
    void goingBackUnansweredIsLoggedAsNotAnsweredNeverAsZero(GuiRobot robot) throws Exception {
        gui = robot;
        EventLines lines = afterASession(() -> {
            press(KeyEvent.VK_SPACE);
            press(KeyEvent.VK_ESCAPE);
            assertThat(showing("summary-screen")).as("one Escape does not leave").isTrue();
            assertThat(showing("effort-leave-ask")).isTrue();
            press(KeyEvent.VK_ESCAPE);
            assertThat(showing("start-screen")).isTrue();
        });
        JsonObject feedback = lines.ofType("session-feedback").get(0);
        assertThat(feedback.has("effort")).isFalse();
        assertThat(feedback.has("pain")).isFalse();
        assertThat(feedback.getAsJsonArray("not_answered").toString()).isEqualTo("[\"effort\",\"pain\"]");
    }

    /** Runs the quick routine, stops it by Escape, waits for the summary, then runs {@code steps}. */
    private EventLines afterASession(Runnable steps) throws Exception {
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, clock)) {
            CommandRouter commands = new CommandRouter(log, () -> { });
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                new ScreenFlow(w, ContentLoader.loadBundled().content(),
                        new SessionServices(WordRateLength.typical(), SessionSettings.defaults(),
                                sessionClock -> List.of()),
                        clock.source(), log, commands, new RecordingVoice()).startSession("quick");
                return w;
            });
            try {
                frame = gui.frame(AppWindow.NAME);
                pedal = new PedalPresses(gui, frame);
                advanceUntil("the session", () -> showing("session-screen"));
                press(KeyEvent.VK_ESCAPE);
                advanceUntil("the summary", () -> showing("summary-screen"));
                assertThat(said).containsExactly("question.effort");
                steps.run();
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
        return new EventLines(events);
    }

    private final class RecordingVoice implements PhraseVoice {
        @Override
        public void say(String phraseKey) {
            said.add(phraseKey);
        }

        @Override
        public void quiet() {
            said.add("(quiet)");
        }
    }

    private void press(int code) {
        send(code, PedalPresses.SHORT_MILLIS);
    }

    private void hold(int code) {
        send(code, PedalPresses.HELD_MILLIS);
    }

    /** A pedal's press, then the EDT and the session take it. */
    private void send(int code, long downMillis) {
        pedal.press(code, downMillis);
        gui.robot().waitForIdle();
        clock.advanceBy(0);
        gui.robot().waitForIdle();
    }

    private void advanceUntil(String what, BooleanSupplier test) {
        clock.advanceUntil(gui, what, test, STEP_MILLIS, MAX_VIRTUAL_MILLIS);
    }

    private boolean showing(String name) {
        return gui.showing(frame, name);
    }
}
