package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/** The intro card shows in print the sentence that says what the routine needs, under the stop rules. */
@GuiTest
class IntroEquipmentTest {
    private final Content content = ContentLoader.loadBundled().content();

    @Test
    void theIntroCardShowsWhatTheRoutineNeedsAndNothingWhenItNeedsNothing(GuiRobot gui) {
        SessionScreen screen = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            return new SessionScreen((command, source) -> { });
        });
        Plan quick = new PlanBuilder().build(content, "quick");
        Plan standing = new PlanBuilder().build(content, "standing");

        screen.listener().sessionStarted(quick, 0);
        gui.robot().waitForIdle();
        assertThat(gui.onEdt(screen::equipmentShown)).isEqualTo(quick.equipmentSentence().orElseThrow())
                .contains("a strap or long towel");

        screen.listener().sessionStarted(standing, 0);
        gui.robot().waitForIdle();
        assertThat(standing.equipmentSentence()).isEmpty();
        assertThat(gui.onEdt(screen::equipmentShown)).isEmpty();
    }
}
