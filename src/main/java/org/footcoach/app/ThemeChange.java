package org.footcoach.app;

import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.footcoach.ui.Theme;
import org.footcoach.ui.ThemeSetup;

/** Switches the window to a theme from any thread: on the EDT, the screen showing redrawn in it. */
final class ThemeChange implements Consumer<Theme> {
    @Override
    public void accept(Theme theme) {
        if (SwingUtilities.isEventDispatchThread()) {
            ThemeSetup.switchTo(theme);
        } else {
            SwingUtilities.invokeLater(() -> ThemeSetup.switchTo(theme));
        }
    }
}
