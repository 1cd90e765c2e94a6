package org.footcoach.ui;

import com.formdev.flatlaf.FlatLaf;
import java.util.function.Supplier;

/** The two looks of the app; both keep every text at 7:1 contrast or better. */
public enum Theme {
    LIGHT(FootCoachLight::new),
    DARK(FootCoachDark::new);

    private final Supplier<FlatLaf> lookAndFeel;

    Theme(Supplier<FlatLaf> lookAndFeel) {
        this.lookAndFeel = lookAndFeel;
    }

    FlatLaf lookAndFeel() {
        return lookAndFeel.get();
    }
}
