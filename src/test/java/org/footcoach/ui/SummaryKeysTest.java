package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JButton;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.Phrases;
import org.footcoach.session.VirtualClock;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two questions at the end are answered by a one-button pedal alone (Page Down, as a clicker sends it: a press
 * answers, a hold moves on), by touch alone, and each question shown is the phrase said.
 */
@GuiTest
class SummaryKeysTest {
    private final List<SessionFeedback> finished = new CopyOnWriteArrayList<>();
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final VirtualClock clock = new VirtualClock();
    private final Phrases phrases = new Phrases();
    private AppWindow window;
    private int left;
    private long eventMillis = 1_000_000;

    private FrameFixture showSummary(GuiRobot gui) {
        window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            SummaryController controller = new SummaryController(clock, new PhraseVoice() {
                @Override
                public void say(String phraseKey) {
                    said.add(phraseKey);
                }

                @Override
                public void quiet() {
                    said.add("(quiet)");
                }
            }, finished::add, () -> left++);
            SummaryScreen screen = new ScreenSamples().summary(controller);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(SummaryScreen.SCREEN_NAME, screen);
            controller.start();
            return w;
        });
        return gui.frame(AppWindow.NAME);
    }

    @AfterEach
    void close(GuiRobot gui) {
        if (window != null) {
            gui.onEdt(() -> {
                window.close();
                return null;
            });
        }
    }

    @Test
    void aOneButtonPedalAnswersBothQuestions(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        assertThat(highlighted(frame, "effort")).as("the first answer, at once").containsExactly(0);
        clock.advanceBy(SummaryController.FRESH_MILLIS);

        hold(frame, KeyEvent.VK_PAGE_DOWN);
        hold(frame, KeyEvent.VK_PAGE_DOWN);
        hold(frame, KeyEvent.VK_PAGE_DOWN);
        assertThat(highlighted(frame, "effort")).containsExactly(3);
        press(frame, KeyEvent.VK_PAGE_DOWN);
        frame.textBox("pain-question").requireVisible();
        assertThat(highlighted(frame, "pain")).containsExactly(0);

        clock.advanceBy(SummaryController.FRESH_MILLIS);
        hold(frame, KeyEvent.VK_PAGE_DOWN);
        press(frame, KeyEvent.VK_PAGE_DOWN);
        frame.textBox("summary-thanks").requireVisible();
        assertThat(finished).containsExactly(new SessionFeedback(3, 1));
        assertThat(left).isZero();
    }

    @Test
    void touchAloneAnswersBothQuestions(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        frame.button("effort-6").click();
        frame.textBox("pain-question").requireVisible();
        frame.button("pain-2").click();
        frame.textBox("summary-thanks").requireVisible();
        assertThat(finished).containsExactly(new SessionFeedback(6, 2));
    }

    @Test
    void eachQuestionShownIsThePhraseSaid(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        assertThat(said).containsExactly("question.effort");
        assertThat(shownText(frame, "effort-question")).isEqualTo(phrases.text(said.get(0)));
        assertThat(shownText(frame, "summary-feet")).as("the foot check the session said")
                .isEqualTo(phrases.text("end.check-feet"));
        frame.button("effort-4").click();
        assertThat(said).containsExactly("question.effort", "question.pain");
        assertThat(shownText(frame, "pain-question")).isEqualTo(phrases.text(said.get(1)));
        frame.button("pain-0").click();
        assertThat(shownText(frame, "summary-thanks")).isEqualTo(phrases.text(said.get(2)));
    }

    @Test
    void oneEscapeAsksAndShowsItASecondGoesBack(GuiRobot gui) {
        FrameFixture frame = showSummary(gui);
        frame.button("effort-5").click();
        press(frame, KeyEvent.VK_ESCAPE);
        assertThat(left).isZero();
        assertThat(shownText(frame, "pain-leave-ask")).as("in the question's place")
                .isEqualTo(phrases.text("question.leave-ask"));
        frame.button("pain-0").requireVisible();
        assertThat(said).endsWith("question.leave-ask");
        press(frame, KeyEvent.VK_ESCAPE);
        assertThat(left).isEqualTo(1);
        assertThat(finished).containsExactly(new SessionFeedback(5, null));
    }

    private static String shownText(FrameFixture frame, String name) {
        JTextComponent text = frame.textBox(name).requireVisible().target();
        return GuiActionRunner.execute(() -> text.getText());
    }

    private void press(FrameFixture frame, int key) {
        send(frame, key, 100);
    }

    /** Held down for a second: a pedal's long press. */
    private void hold(FrameFixture frame, int key) {
        send(frame, key, 1_000);
    }

    /** Pressed, and released {@code downMillis} later, a good while after the press before (event times). */
    private void send(FrameFixture frame, int key, long downMillis) {
        eventMillis += 2_000;
        long down = eventMillis;
        GuiActionRunner.execute(() -> {
            java.awt.Component target = ((javax.swing.JFrame) frame.target()).getContentPane();
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, down, 0, key, KeyEvent.CHAR_UNDEFINED));
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_RELEASED, down + downMillis, 0, key,
                    KeyEvent.CHAR_UNDEFINED));
        });
        frame.robot().waitForIdle();
    }

    private static List<Integer> highlighted(FrameFixture frame, String question) {
        List<Integer> on = new java.util.ArrayList<>();
        for (int n = 0; n <= 10; n++) {
            JButton button = frame.button(question + "-" + n).target();
            Object style = button.getClientProperty(FlatClientProperties.STYLE_CLASS);
            if (String.valueOf(style).contains("highlighted")) {
                on.add(n);
            }
        }
        return on;
    }
}
