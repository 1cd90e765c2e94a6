package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import javax.swing.JButton;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.FrameFixture;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * The banner may be set from any thread, stays over every screen, goes away when cleared, and wraps long notices
 * instead of cutting them off.
 */
@GuiTest
class BannerTest {

    @Test
    void aBannerFromAnyThreadStaysAcrossScreensUntilCleared(GuiRobot gui) {
        AppWindow window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(HelpScreen.SCREEN_NAME, new HelpScreen(new HelpController(() -> { }), (command, source) -> { }));
            return w;
        });
        FrameFixture frame = gui.frame(AppWindow.NAME);

        window.showBanner("No sound: captions only");
        gui.robot().waitForIdle();
        frame.textBox("banner").requireVisible().requireText("No sound: captions only");

        gui.onEdt(() -> {
            window.show(SessionScreen.SCREEN_NAME, new SessionScreen((command, source) -> { }));
            return null;
        });
        frame.textBox("banner").requireVisible();
        frame.panel("session-screen").requireVisible();

        window.showBanner(null);
        gui.robot().waitForIdle();
        boolean shown = gui.onEdt(() -> gui.robot().finder().findByName(frame.target(), "banner", false).isVisible());
        assertThat(shown).isFalse();
    }

    @Test
    void twoLongNoticesAreShownWholeAndTheControlsStayOnScreen(GuiRobot gui) {
        AppWindow window = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            AppWindow w = AppWindow.windowed(1024, 768);
            w.show(SessionScreen.SCREEN_NAME, new SessionScreen((command, source) -> { }));
            return w;
        });
        FrameFixture frame = gui.frame(AppWindow.NAME);
        String notices = "The sound stopped working. Captions show every word.\n"
                + "The microphone (USB Audio Device, front) stopped sending sound; check that it is plugged in. "
                + "Voice commands are off.";

        window.showBanner(notices);
        gui.robot().waitForIdle();

        frame.textBox("banner").requireVisible().requireText(notices);
        JTextArea banner = (JTextArea) frame.textBox("banner").target();
        int[] heights = gui.onEdt(() -> new int[] {banner.getHeight(), banner.getPreferredSize().height,
                banner.getFontMetrics(banner.getFont()).getHeight()});
        assertThat(heights[0]).as("every wrapped line fits").isGreaterThanOrEqualTo(heights[1]);
        assertThat(heights[1]).as("more than two lines at this width").isGreaterThan(2 * heights[2]);
        JButton stop = (JButton) frame.button("control-stop").target();
        java.awt.Rectangle root = gui.onEdt(() -> window.contentPane().getBounds());
        java.awt.Rectangle button = gui.onEdt(() -> SwingUtilities.convertRectangle(stop.getParent(), stop.getBounds(),
                window.contentPane()));
        assertThat(root.contains(button)).as("%s inside %s", button, root).isTrue();
    }
}
