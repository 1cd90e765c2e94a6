package org.footcoach.app;

import java.util.Locale;
import org.footcoach.ui.Theme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --theme light|dark}; the message of anything else says what is allowed. */
final class ThemeArgument implements ITypeConverter<Theme> {
    @Override
    public Theme convert(String value) {
        for (Theme theme : Theme.values()) {
            if (theme.name().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return theme;
            }
        }
        throw new TypeConversionException(CliText.get("error.theme", value));
    }
}
