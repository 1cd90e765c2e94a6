package org.footcoach.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatSystemProperties;
import java.awt.Dimension;
import javax.swing.SwingUtilities;

/** Installs the look and feel on the EDT before the first frame, and switches it while the app runs. */
public final class ThemeSetup {
    private static final double REFERENCE_WIDTH = 1920;
    private static final double REFERENCE_HEIGHT = 1080;

    private ThemeSetup() {
    }

    /**
     * Picks the UI scale for the area the app will fill, unless {@code flatlaf.uiScale} was already given (tests pin
     * it), and installs the light theme.
     */
    public static void install(Dimension area) {
        install(area, Theme.LIGHT);
    }

    /** As {@link #install(Dimension)} with the given theme. Calling it again switches the theme. */
    public static void install(Dimension area, Theme theme) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the look and feel must be set up on the EDT");
        }
        if (System.getProperty(FlatSystemProperties.UI_SCALE) == null) {
            System.setProperty(FlatSystemProperties.UI_SCALE, Double.toString(scaleFor(area)));
        }
        if (!FlatLaf.setup(theme.lookAndFeel())) {
            throw new IllegalStateException("the Foot Coach look and feel could not be installed");
        }
    }

    /**
     * Switches to {@code theme} while the app runs: every window and the screen in it are redrawn in it, and screens
     * made from now on are made in it. The scale stays as it was set up. On the EDT.
     */
    public static void switchTo(Theme theme) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the look and feel must be switched on the EDT");
        }
        if (!FlatLaf.setup(theme.lookAndFeel())) {
            throw new IllegalStateException("the Foot Coach look and feel could not be installed");
        }
        FlatLaf.updateUI();
    }

    /**
     * Sizes in the theme are for 1920x1080. Larger areas scale up in quarter steps; smaller ones keep 1x, because
     * small screens are small, not far away, and the layout still fits at 1024x768.
     */
    static double scaleFor(Dimension area) {
        double fit = Math.min(area.width / REFERENCE_WIDTH, area.height / REFERENCE_HEIGHT);
        return Math.max(1.0, Math.floor(fit * 4) / 4);
    }
}
