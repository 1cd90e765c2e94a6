package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.WavFileSource;
import org.footcoach.session.Phrases;
import org.footcoach.speech.Loudness;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.RecordedClips;
import org.footcoach.speech.SilentAudioOutput;
import org.footcoach.speech.WavWriter;
import org.footcoach.store.JsonLinesEventLog;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record my voice opened in the real window through {@link RecordVoiceFlow}, the one command path and a WAV file as
 * the microphone: a pedal alone records the first phrase, keeps it, and the recording is in the data folder where
 * the phrase cache finds it; Escape goes back.
 */
@GuiTest
class RecordVoiceFlowGuiTest {
    @TempDir
    Path temp;

    @Test
    void aPedalRecordsAndKeepsThePhraseInTheDataFolderAndEscapeGoesBack(GuiRobot gui) throws Exception {
        Path spoken = temp.resolve("spoken.wav");
        short[] tone = new short[Pcm.SAMPLE_RATE];
        for (int i = Pcm.SAMPLE_RATE / 4; i < tone.length * 3 / 4; i++) {
            tone[i] = (short) (3000 * Math.sin(2 * Math.PI * 250 * i / Pcm.SAMPLE_RATE));
        }
        WavWriter.write(Pcm.of(tone), spoken);
        Path data = temp.resolve("data");
        List<String> forgotten = new CopyOnWriteArrayList<>();
        AtomicInteger backs = new AtomicInteger();
        Path events = temp.resolve("events.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(events, new SharedVirtualClock())) {
            CommandRouter commands = new CommandRouter(log, () -> { });
            AppWindow window = gui.onEdt(() -> {
                ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
                AppWindow w = AppWindow.windowed(1024, 768);
                new RecordVoiceFlow(w, commands, data, CompletableFuture.completedFuture(new SilentAudioOutput()),
                        () -> {
                            try {
                                return WavFileSource.fast(spoken);
                            } catch (IOException e) {
                                throw new AudioUnavailableException(e.getMessage(), e);
                            }
                        }, forgotten::add, (text, millis) -> { }).show(backs::incrementAndGet);
                return w;
            });
            try {
                FrameFixture frame = gui.frame(AppWindow.NAME);
                frame.label("record-phrase").requireText(new Phrases().text("session.welcome"));
                frame.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);
                gui.waitUntil("the take to hear and keep", () -> gui.showing(frame, "record-choice-keep"));
                frame.pressAndReleaseKeys(KeyEvent.VK_PAGE_DOWN);

                Path saved = data.resolve("voice").resolve("session.welcome.wav");
                gui.waitUntil("the phrase cache told", () -> forgotten.contains("session.welcome"));
                assertThat(saved).isRegularFile();
                Pcm found = new RecordedClips(data.resolve("voice")).find("session.welcome").orElseThrow();
                assertThat(found.millis()).isBetween(500L, 560L);
                assertThat(Loudness.voicedRmsDbfs(found)).isBetween(-18.5, -17.5);
                frame.label("record-position").requireText("2 of " + countOfPhrases() + ". Said by the app's voice.");

                frame.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
                gui.waitUntil("back", () -> backs.get() == 1);
                assertThat(new EventLines(events).ofType("command")).extracting(e -> e.get("name").getAsString()
                        + " " + e.get("source").getAsString() + " " + e.get("acted").getAsBoolean())
                        .containsExactly("go key true", "go key true", "stop key true");
            } finally {
                gui.onEdt(() -> {
                    window.close();
                    return null;
                });
            }
        }
        assertThat(Files.list(data.resolve("voice")).toList()).as("nothing else written")
                .containsExactly(data.resolve("voice").resolve("session.welcome.wav"));
    }

    private static long countOfPhrases() {
        Phrases phrases = new Phrases();
        return phrases.keys().stream().filter(k -> !phrases.text(k).contains("{")).count();
    }
}
