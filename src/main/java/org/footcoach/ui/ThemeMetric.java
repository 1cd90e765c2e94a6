package org.footcoach.ui;

import com.formdev.flatlaf.util.UIScale;
import javax.swing.UIManager;

/** Sizes the theme file gives for 1x (e.g. {@code FootCoach.gap}), scaled to the current UI scale. */
final class ThemeMetric {
    private ThemeMetric() {
    }

    static int scaled(String key) {
        Object value = UIManager.get(key);
        if (!(value instanceof Integer size)) {
            throw new IllegalStateException("the theme has no size " + key);
        }
        return UIScale.scale(size);
    }
}
