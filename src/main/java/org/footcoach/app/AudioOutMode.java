package org.footcoach.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --audio-out default|none}: the sound device, or silence with captions. */
enum AudioOutMode {
    DEFAULT, NONE;

    /** The word given on the command line, which is also what {@code AudioOutput.open} takes. */
    String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code default} or {@code none}; the message of anything else says what is allowed. */
    static final class Converter implements ITypeConverter<AudioOutMode> {
        @Override
        public AudioOutMode convert(String value) {
            for (AudioOutMode mode : values()) {
                if (mode.argument().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return mode;
                }
            }
            throw new TypeConversionException(CliText.get("error.audioOut", value));
        }
    }
}
