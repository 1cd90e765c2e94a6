package org.footcoach.ui;

import com.formdev.flatlaf.FlatLaf;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The two looks of the app; both keep every text at 7:1 contrast or better. */
public enum Theme {
    LIGHT(FootCoachLight::new),
    DARK(FootCoachDark::new);

    private final Supplier<FlatLaf> lookAndFeel;

    Theme(Supplier<FlatLaf> lookAndFeel) {
        this.lookAndFeel = lookAndFeel;
    }

    /** The theme {@code name} names as {@code --theme} and the settings file write it ("light", "dark"). */
    public static Optional<Theme> named(String name) {
        for (Theme theme : values()) {
            if (theme.optionName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    FlatLaf lookAndFeel() {
        return lookAndFeel.get();
    }
}
