package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import org.junit.jupiter.api.Test;

class ThemeSetupTest {
    @Test
    void fullHdAndSmallerScreensUseTheThemeSizes() {
        assertThat(ThemeSetup.scaleFor(new Dimension(1920, 1080))).isEqualTo(1.0);
        assertThat(ThemeSetup.scaleFor(new Dimension(1024, 768))).isEqualTo(1.0);
    }

    @Test
    void largerScreensScaleUpInQuarterSteps() {
        assertThat(ThemeSetup.scaleFor(new Dimension(3840, 2160))).isEqualTo(2.0);
        assertThat(ThemeSetup.scaleFor(new Dimension(2560, 1440))).isEqualTo(1.25);
        assertThat(ThemeSetup.scaleFor(new Dimension(3840, 1080))).as("limited by the height").isEqualTo(1.0);
    }
}
