package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.Phrases;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Record my voice on screen: a one-button pedal alone, touch alone, and the line when there is no microphone. */
@GuiTest
class RecordVoiceScreenTest {
    private final Phrases phrases = new Phrases();
    private FakeRecorder recorder;
    private AppWindow window;
    private int left;
    private long eventMillis = 1_000_000;

    private FrameFixture show(GuiRobot gui, boolean microphone) {
        recorder = new FakeRecorder(microphone);
        window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            RecordVoiceController controller = RecordVoiceController.forEveryPhrase(recorder, () -> left++);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(RecordVoiceScreen.SCREEN_NAME, new RecordVoiceScreen(controller, new ActingSink(controller)));
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
    void aOneButtonPedalRecordsHearsAndKeepsAPhrase(GuiRobot gui) {
        FrameFixture frame = show(gui, true);
        assertThat(label(frame, "record-phrase")).isEqualTo(phrases.text("session.welcome"));
        assertThat(isHighlighted(frame, "record-open")).as("a press records").isTrue();

        hold(frame, KeyEvent.VK_PAGE_DOWN);
        assertThat(label(frame, "record-phrase")).isEqualTo(phrases.text("stop-rules.intro"));
        assertThat(label(frame, "record-position")).startsWith("2 of ");

        press(frame, KeyEvent.VK_PAGE_DOWN);
        frame.button("record-stop").requireVisible();
        assertThat(gui.showing(frame, "record-level")).isTrue();
        gui.onEdt(() -> {
            recorder.level(0.5);
            return null;
        });
        assertThat(gui.onEdt(() -> ((LevelMeter) frame.robot().finder()
                .findByName(frame.target(), "record-level", false)).level())).isEqualTo(0.5);
        press(frame, KeyEvent.VK_PAGE_DOWN);
        finish(gui, frame);
        assertThat(isHighlighted(frame, "record-choice-keep")).isTrue();
        assertThat(recorder.done).containsExactly("record", "stop", "play take");

        press(frame, KeyEvent.VK_PAGE_DOWN);
        assertThat(recorder.done).endsWith("keep stop-rules.intro");
        assertThat(label(frame, "record-position")).startsWith("3 of ");
        frame.button("record-open").requireVisible();
        assertThat(left).isZero();
    }

    @Test
    void touchAloneRecordsHearsKeepsAndGoesBack(GuiRobot gui) {
        FrameFixture frame = show(gui, true);
        frame.button("record-next").click();
        assertThat(label(frame, "record-position")).startsWith("2 of ");
        frame.button("record-open").click();
        frame.button("record-stop").click();
        finish(gui, frame);
        frame.button("record-choice-play").click();
        frame.button("record-choice-keep").click();
        assertThat(recorder.done).containsExactly("record", "stop", "play take", "play take",
                "keep stop-rules.intro");
        assertThat(label(frame, "record-position")).as("on to the next").startsWith("3 of ");
        frame.button("record-previous").click();
        assertThat(label(frame, "record-position")).contains("Said in your voice");
        frame.button("record-back").click();
        assertThat(left).isEqualTo(1);
    }

    @Test
    void withNoMicrophoneOneLineSaysSoAndNothingOffersToRecord(GuiRobot gui) {
        FrameFixture frame = show(gui, false);
        assertThat(shownText(frame, "record-no-microphone")).startsWith("No microphone found.");
        assertThat(gui.showing(frame, "record-open")).as("no Record button").isFalse();
        frame.button("record-next").click();
        assertThat(label(frame, "record-position")).startsWith("2 of ");
        press(frame, KeyEvent.VK_PAGE_DOWN);
        assertThat(recorder.done).isEmpty();
    }

    private void finish(GuiRobot gui, FrameFixture frame) {
        gui.onEdt(() -> {
            recorder.finish(true);
            return null;
        });
        frame.robot().waitForIdle();
    }

    private static String shownText(FrameFixture frame, String name) {
        JTextComponent text = frame.textBox(name).requireVisible().target();
        return GuiActionRunner.execute(() -> text.getText());
    }

    private static String label(FrameFixture frame, String name) {
        JLabel label = frame.label(name).requireVisible().target();
        return GuiActionRunner.execute(() -> label.getText());
    }

    private static boolean isHighlighted(FrameFixture frame, String name) {
        JButton button = frame.button(name).requireVisible().target();
        return GuiActionRunner.execute(() -> String.valueOf(
                button.getClientProperty(FlatClientProperties.STYLE_CLASS)).contains("highlighted"));
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
}
