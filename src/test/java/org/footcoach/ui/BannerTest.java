package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/** The one-line banner may be set from any thread, stays over every screen, and goes away when cleared. */
@GuiTest
class BannerTest {

    @Test
    void aBannerFromAnyThreadStaysAcrossScreensUntilCleared(GuiRobot gui) {
        AppWindow window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(HelpScreen.SCREEN_NAME, new HelpScreen());
            return w;
        });
        FrameFixture frame = gui.frame(AppWindow.NAME);

        window.showBanner("No sound: captions only");
        gui.robot().waitForIdle();
        frame.label("banner").requireVisible().requireText("No sound: captions only");

        gui.onEdt(() -> {
            window.show(SessionScreen.SCREEN_NAME, new SessionScreen((command, source) -> { }));
            return null;
        });
        frame.label("banner").requireVisible();
        frame.panel("session-screen").requireVisible();

        window.showBanner(null);
        gui.robot().waitForIdle();
        boolean shown = gui.onEdt(() -> gui.robot().finder().findByName(frame.target(), "banner", false).isVisible());
        assertThat(shown).isFalse();
    }
}
