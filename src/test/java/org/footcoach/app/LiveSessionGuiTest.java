package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.awt.event.KeyEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.session.Phrases;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as a person starts it with {@code --routine quick --audio-out none}: the session starts at once on real
 * time, runs silently with captions, says so on screen and in the log, asks for no spoken word (voice commands are
 * off), and stops on Escape. Waits only for events.
 */
@GuiTest
class LiveSessionGuiTest {
    @TempDir
    Path temp;

    @Test
    void aSilentSessionStartsAtOnceShowsTheBannerLogsItsCuesAndStopsOnEscape(GuiRobot gui) {
        Path log = temp.resolve("events.jsonl");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--windowed", "1280x800", "--routine", "quick", "--audio-out", "none",
                "--no-voice-commands",
                "--event-log", log.toString(), "--data-dir", temp.resolve("data").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        FrameFixture frame = gui.frame(AppWindow.NAME);
        EventLines events = new EventLines(log);

        gui.waitUntil("the welcome is spoken", () -> events.ofType("cue").stream()
                .anyMatch(cue -> cue.has("text") && cue.get("text").getAsString().startsWith("Welcome.")));
        assertThat(events.ofType("audio-unavailable")).singleElement().satisfies(e ->
                assertThat(e.get("reason").getAsString()).isEqualTo("Sound is off. Captions show every word."));
        assertThat(events.ofType("session-started")).singleElement()
                .satisfies(e -> assertThat(e.get("routine").getAsString()).isEqualTo("quick"));
        frame.textBox("banner").requireVisible().requireText("Sound is off. Captions show every word.");

        // Voice commands are off, so the prompts name the pedal and the buttons, never a word to say.
        frame.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        String howToGoOn = new Phrases().text("pause.how.no-voice");
        gui.waitUntil("the pause says how to go on", () -> events.ofType("cue").stream()
                .anyMatch(cue -> cue.has("text") && cue.get("text").getAsString().equals(howToGoOn)));
        assertThat(events.ofType("cue")).filteredOn(cue -> cue.has("text"))
                .extracting(cue -> cue.get("text").getAsString())
                .noneMatch(text -> text.matches("(?i).*\\bsay\\b.*"));

        frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        gui.waitUntil("the session ends", () -> !events.ofType("session-ended").isEmpty());

        assertThat(events.ofType("command")).extracting(c -> c.get("name").getAsString() + "/"
                + c.get("source").getAsString()).contains("stop/key");
        JsonObject ended = events.ofType("session-ended").get(0);
        assertThat(ended.get("stopped_early").getAsBoolean()).isTrue();
        assertThat(events.types()).doesNotContain("error");
        assertThat(events.ofType("audio-unavailable")).hasSize(1);
        frame.close();
    }
}
