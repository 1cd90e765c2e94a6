package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No such microphone: voice commands go off with one line on screen (beside the sound line) and one in the event log,
 * and the start screen works as before. Waits only for events.
 */
@GuiTest
class NoMicrophoneGuiTest {
    @TempDir
    Path temp;

    @Test
    void aMissingMicrophoneIsOneLineOnScreenAndInTheLogAndTheAppGoesOn(GuiRobot gui) {
        Path log = temp.resolve("events.jsonl");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--windowed", "1024x768", "--audio-out", "none",
                "--mic", "no such microphone here", "--event-log", log.toString(),
                "--data-dir", temp.resolve("data").toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        FrameFixture frame = gui.frame(AppWindow.NAME);
        EventLines events = new EventLines(log);
        String noMicrophone = new VoiceMessages().format("status.no-microphone");

        gui.waitUntil("voice and sound notices logged", () -> !events.ofType("voice-unavailable").isEmpty()
                && !events.ofType("audio-unavailable").isEmpty() && !events.ofType("screen").isEmpty());
        assertThat(events.ofType("voice-unavailable")).singleElement()
                .satisfies(e -> assertThat(e.get("reason").getAsString()).isEqualTo(noMicrophone));
        gui.waitUntil("both lines in the banner", () -> gui.onEdt(() -> frame.textBox("banner").text())
                .contains(noMicrophone));
        assertThat(gui.onEdt(() -> frame.textBox("banner").text())).contains("Sound is off.");
        assertThat(events.ofType("screen").get(0).get("name").getAsString()).isEqualTo("start");
        assertThat(events.types()).doesNotContain("error", "voice-listening");
        frame.close();
    }
}
