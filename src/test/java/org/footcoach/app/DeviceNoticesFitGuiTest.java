package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.footcoach.listen.VoiceMessages;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.PlanDuration;
import org.footcoach.session.SessionSettings;
import org.footcoach.ui.AppWindow;
import org.footcoach.ui.RoutineChoice;
import org.footcoach.ui.StartController;
import org.footcoach.ui.StartScreen;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * A machine without sound whose microphone is missing, muted or gone shows two notices at once. On the smallest screen
 * they must still leave the start screen's buttons at full size, so each of those lines fits on one line there.
 */
@GuiTest
class DeviceNoticesFitGuiTest {
    private static final List<String> SOUND_LINES = List.of("audio.no-device", "audio.no-answer", "audio.lost",
            "audio.off");
    private static final List<String> EVERYDAY_VOICE_LINES = List.of("status.no-microphone", "status.hears-nothing",
            "status.input-stopped", "status.microphone-refused", "status.only-noise");

    @Test
    void aSoundLineAndAnEverydayMicrophoneLineLeaveTheStartButtonsFullSizeAt1024x768(GuiRobot gui) {
        Content content = ContentLoader.loadBundled().content();
        List<RoutineChoice> choices = new ArrayList<>();
        for (Routine routine : content.routines()) {
            choices.add(new RoutineChoice(routine, PlanDuration.minutes(new PlanBuilder().build(content, routine),
                    SessionSettings.defaults())));
        }
        AppWindow window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(StartScreen.SCREEN_NAME,
                    new StartScreen(new StartController(choices, r -> { }, () -> { }, () -> { }, () -> { }), (command, source) -> { }));
            return w;
        });
        FrameFixture frame = gui.frame(AppWindow.NAME);
        ResourceBundle sound = ResourceBundle.getBundle("org.footcoach.speech.messages", Locale.ROOT);
        VoiceMessages voice = new VoiceMessages(Locale.ROOT);

        List<String> squeezed = new ArrayList<>();
        for (String soundKey : SOUND_LINES) {
            for (String voiceKey : EVERYDAY_VOICE_LINES) {
                window.showBanner(sound.getString(soundKey) + "\n" + voice.format(voiceKey));
                gui.robot().waitForIdle();
                int shortest = gui.onEdt(() -> content.routines().stream()
                        .mapToInt(r -> frame.button("routine-" + r.id()).target().getHeight()).min().orElse(0));
                if (shortest < 90) {
                    squeezed.add(soundKey + " + " + voiceKey + ": buttons " + shortest + " px high");
                }
            }
        }
        assertThat(squeezed).isEmpty();
        frame.close();
    }
}
