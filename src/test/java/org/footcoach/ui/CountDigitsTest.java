package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.awt.Dimension;
import org.footcoach.session.SessionState;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * The count is very large, about a third of the window high, yet always inside its ring: measured from the pixels of
 * the laid-out session screen, at UI scale 1 (3840x2160 at scale 2 is in {@link UiScale2Test}).
 */
@GuiTest
class CountDigitsTest {
    static final double LEAST_SHARE_1080P = 0.30;

    @Test
    void aTwoDigitCountIsAtLeastThreeTenthsOfTheWindowHighAt1080p(GuiRobot gui) {
        for (Theme theme : Theme.values()) {
            CountDigits.Measured count = gui.onEdt(() -> measure(theme, new Dimension(1920, 1080), counting(28)));
            assertThat(count.heightShare()).as("%s: digits %s", theme, count.digits())
                    .isGreaterThanOrEqualTo(LEAST_SHARE_1080P);
            assertThat(count.insideRing()).as("%s: inside the ring", theme).isTrue();
            assertThat(count.ringInWindow()).isTrue();
        }
    }

    @Test
    void aTwoDigitCountFitsInsideTheRingAt1024x768(GuiRobot gui) {
        CountDigits.Measured count = gui.onEdt(() -> measure(Theme.LIGHT, new Dimension(1024, 768), counting(28)));
        assertThat(count.insideRing()).as("digits %s", count.digits()).isTrue();
        assertThat(count.ringInWindow()).isTrue();
        // As large as the 4:3 space allows: far larger than the caption, well over a sixth of the window.
        assertThat(count.heightShare()).as("digits %s", count.digits()).isGreaterThanOrEqualTo(0.18);
    }

    @Test
    void theMinutesLeftInTimedWorkFitInsideTheRing(GuiRobot gui) {
        for (Dimension size : new Dimension[] {new Dimension(1024, 768), new Dimension(1920, 1080)}) {
            CountDigits.Measured words = gui.onEdt(() -> measure(Theme.DARK, size, samples ->
                    samples.inExercise(SessionState.TIMING, "foot-rolling", 9).total(180).progress(0.1).build()));
            assertThat(words.insideRing()).as("%s: words %s", size, words.digits()).isTrue();
            assertThat(words.digits().width).as("the words are shown, not cut to nothing")
                    .isGreaterThan(words.digits().height);
        }
    }

    @Test
    void theMeasureSeesADigitAsTallAsItIsDrawn(GuiRobot gui) {
        // A count of 1 and of 28 are the same height: the measure finds the glyphs, not the font size or the ring.
        CountDigits.Measured one = gui.onEdt(() -> measure(Theme.LIGHT, new Dimension(1920, 1080), counting(1)));
        CountDigits.Measured many = gui.onEdt(() -> measure(Theme.LIGHT, new Dimension(1920, 1080), counting(28)));
        // Round digits overshoot the line a little above and below; a 1 does not.
        assertThat((double) one.digits().height).isCloseTo(many.digits().height, withinPercentage(4));
        assertThat(one.digits().width).isLessThan(many.digits().width / 2 + 10);
    }

    static java.util.function.Function<ScreenSamples, org.footcoach.session.SessionSnapshot> counting(int count) {
        return samples -> samples.inExercise(SessionState.HOLDING, "single-leg-balance", 7).set(1, 2)
                .count(count, 30).progress(count / 30.0).build();
    }

    static CountDigits.Measured measure(Theme theme, Dimension size,
            java.util.function.Function<ScreenSamples, org.footcoach.session.SessionSnapshot> snapshot) {
        ThemeSetup.install(size, theme);
        SessionScreen screen = new SessionScreen((command, source) -> { });
        screen.show(snapshot.apply(new ScreenSamples()));
        CountDigits.Measured measured = CountDigits.measure(screen, size);
        System.out.printf("count at %dx%d, %s: %s, %.3f of the window high%n", size.width, size.height, theme,
                measured.digits(), measured.heightShare());
        return measured;
    }
}
