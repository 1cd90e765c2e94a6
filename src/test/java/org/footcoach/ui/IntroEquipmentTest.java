package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * The intro card shows in print the sentence that says what the routine needs, under the stop rules, and the stop
 * rules about standing only for a routine with standing work.
 */
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

    @Test
    void theStopRulesAboutStandingArePrintedOnlyWhenTheRoutineHasStandingWork(GuiRobot gui) {
        SessionScreen screen = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            return new SessionScreen((command, source) -> { });
        });
        Component shoes = gui.robot().finder().findByName(screen, "intro-stop-4", false);
        Component sore = gui.robot().finder().findByName(screen, "intro-stop-3", false);

        screen.listener().sessionStarted(new PlanBuilder().build(content, "sitting"), 0);
        gui.robot().waitForIdle();
        assertThat(gui.onEdt(() -> sore.isVisible() || shoes.isVisible())).isFalse();

        screen.listener().sessionStarted(new PlanBuilder().build(content, "full"), 0);
        gui.robot().waitForIdle();
        assertThat(gui.onEdt(() -> sore.isVisible() && shoes.isVisible())).isTrue();
    }
}
