package org.footcoach.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.footcoach.ui.Theme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --theme light|dark}, and a theme's name saved in Settings; the message of anything else says what is
 * allowed.
 */
final class ThemeArgument implements ITypeConverter<Theme> {
    @Override
    public Theme convert(String value) {
        return named(Optional.of(value)).orElseThrow(() -> new TypeConversionException(CliText.get("error.theme",
                value)));
    }

    /** The theme of this name as {@code --theme} takes it, if there is one. */
    static Optional<Theme> named(Optional<String> value) {
        return value.flatMap(name -> Arrays.stream(Theme.values())
                .filter(theme -> name(theme).equals(name.trim().toLowerCase(Locale.ROOT))).findFirst());
    }

    /** The name {@code --theme} and Settings take for {@code theme}. */
    static String name(Theme theme) {
        return theme.name().toLowerCase(Locale.ROOT);
    }
}
