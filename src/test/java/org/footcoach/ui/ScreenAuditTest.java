package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JLabel;
import org.footcoach.ui.testing.GuiRobot;
import org.footcoach.ui.testing.GuiTest;
import org.junit.jupiter.api.Test;

/**
 * Audits every screen ({@link ScreenAudit}: text under 28 px, contrast under 7:1, buttons under 90 px or closer than
 * 25 px, text cut off, anything outside the window) in both themes at 1024x768 and 1920x1080, UI scale 1 as the
 * theme gives it for both. 3840x2160 at UI scale 2 is audited by {@link UiScale2Test}.
 */
@GuiTest
class ScreenAuditTest {
    @Test
    void lightAtSmallest(GuiRobot gui) {
        audit(gui, Theme.LIGHT, new Dimension(1024, 768));
    }

    @Test
    void lightAt1080p(GuiRobot gui) {
        audit(gui, Theme.LIGHT, new Dimension(1920, 1080));
    }

    @Test
    void darkAtSmallest(GuiRobot gui) {
        audit(gui, Theme.DARK, new Dimension(1024, 768));
    }

    @Test
    void darkAt1080p(GuiRobot gui) {
        audit(gui, Theme.DARK, new Dimension(1920, 1080));
    }

    @Test
    void theAuditFindsSmallTextLowContrastSmallButtonsAndNarrowGaps(GuiRobot gui) {
        List<String> problems = gui.onEdt(() -> {
            ThemeSetup.install(new Dimension(1024, 768), Theme.LIGHT);
            javax.swing.JPanel bad = new javax.swing.JPanel(null);
            JLabel small = new JLabel("small");
            small.setFont(small.getFont().deriveFont(12f));
            small.setForeground(new Color(0x999999));
            small.setBounds(10, 10, 200, 40);
            javax.swing.JButton a = new javax.swing.JButton("A");
            a.setBounds(10, 100, 100, 50);
            javax.swing.JButton b = new javax.swing.JButton("B");
            b.setBounds(120, 100, 100, 50);
            bad.add(small);
            bad.add(a);
            bad.add(b);
            return ScreenAudit.check("bad", bad, new Dimension(400, 300));
        });
        assertThat(problems).anyMatch(p -> p.contains("text 12 px"))
                .anyMatch(p -> p.contains("contrast"))
                .anyMatch(p -> p.contains("50 px high"))
                .anyMatch(p -> p.contains("apart"));
    }

    private static void audit(GuiRobot gui, Theme theme, Dimension size) {
        List<String> problems = gui.onEdt(() -> ScreenAudit.allScreens(theme, size));
        assertThat(problems).as("%s theme at %dx%d", theme, size.width, size.height).isEmpty();
    }
}
