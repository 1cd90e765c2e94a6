package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.util.List;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The screens at 3840x2160, where the theme picks UI scale 2: the 1080p layout scaled. FlatLaf reads the scale once
 * per JVM, so this class runs in its own surefire execution ({@code ui-scale-2} in pom.xml, part of {@code mvn test})
 * with {@code -Dflatlaf.uiScale=2}; the normal run leaves it out by its tag. The audit's limits are in device pixels,
 * doubled at this scale: text at least 56 px, buttons at least 180 px, at least 50 px between them.
 */
@GuiTest
@Tag(UiScale2Test.TAG)
class UiScale2Test {
    static final String TAG = "ui-scale-2";
    private static final Dimension UHD = new Dimension(3840, 2160);

    @BeforeEach
    void runsAtUiScale2(GuiRobot gui) {
        gui.onEdt(() -> {
            ThemeSetup.install(UHD, Theme.LIGHT);
            return null;
        });
        assertThat(UIScale.getUserScaleFactor()).as("run with -Dflatlaf.uiScale=2 (the ui-scale-2 execution)")
                .isEqualTo(2f);
        assertThat(ThemeSetup.scaleFor(UHD)).as("the scale the app picks for this screen").isEqualTo(2.0);
    }

    @Test
    void lightAudit(GuiRobot gui) {
        List<String> problems = gui.onEdt(() -> ScreenAudit.allScreens(Theme.LIGHT, UHD));
        assertThat(problems).as("light theme at 3840x2160").isEmpty();
    }

    @Test
    void darkAudit(GuiRobot gui) {
        List<String> problems = gui.onEdt(() -> ScreenAudit.allScreens(Theme.DARK, UHD));
        assertThat(problems).as("dark theme at 3840x2160").isEmpty();
    }

    @Test
    void theAuditLimitsAreDoubled(GuiRobot gui) {
        // 100 px high and 40 px apart would pass at scale 1; here the limits are 180 px and 50 px.
        List<String> problems = gui.onEdt(() -> {
            javax.swing.JPanel panel = new javax.swing.JPanel(null);
            javax.swing.JButton a = new javax.swing.JButton("A");
            a.setName("a");
            a.setBounds(10, 10, 200, 100);
            javax.swing.JButton b = new javax.swing.JButton("B");
            b.setName("b");
            b.setBounds(250, 10, 200, 200);
            panel.add(a);
            panel.add(b);
            return ScreenAudit.check("scaled", panel, new Dimension(800, 600));
        });
        assertThat(problems).anyMatch(p -> p.startsWith("scaled: a: button") && p.endsWith("100 px high"))
                .anyMatch(p -> p.endsWith("a and b are 40 px apart"))
                .noneMatch(p -> p.startsWith("scaled: b: button"));
    }

    @Test
    void aTwoDigitCountIsAtLeastThreeTenthsOfTheWindowHighAndInsideTheRing(GuiRobot gui) {
        for (Theme theme : Theme.values()) {
            CountDigits.Measured count = gui.onEdt(() -> CountDigitsTest.measure(theme, UHD,
                    CountDigitsTest.counting(28)));
            assertThat(count.heightShare()).as("%s: digits %s", theme, count.digits())
                    .isGreaterThanOrEqualTo(CountDigitsTest.LEAST_SHARE_1080P);
            assertThat(count.insideRing()).isTrue();
            assertThat(count.ringInWindow()).isTrue();
        }
    }
}
