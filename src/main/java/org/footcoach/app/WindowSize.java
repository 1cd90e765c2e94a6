package org.footcoach.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The size given with {@code --windowed WIDTHxHEIGHT}. */
record WindowSize(int width, int height) {
    static final int SMALLEST = 320;
    static final int LARGEST = 16384;

    /** Reads {@code 1280x800}; the message of a bad value says what is allowed. */
    static final class Converter implements ITypeConverter<WindowSize> {
        @Override
        public WindowSize convert(String value) {
            String[] parts = value.trim().toLowerCase(Locale.ROOT).split("x", -1);
            if (parts.length != 2) {
                throw invalid(value);
            }
            int width;
            int height;
            try {
                width = Integer.parseInt(parts[0].trim());
                height = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw invalid(value);
            }
            if (width < SMALLEST || height < SMALLEST || width > LARGEST || height > LARGEST) {
                throw invalid(value);
            }
            return new WindowSize(width, height);
        }

        private static TypeConversionException invalid(String value) {
            return new TypeConversionException(CliText.get("error.windowSize", value, SMALLEST, LARGEST));
        }
    }
}
