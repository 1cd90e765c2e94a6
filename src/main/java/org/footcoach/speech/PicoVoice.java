package org.footcoach.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * SVOX Pico, British English (Debian package {@code libttspico-utils}, non-free), run as a subprocess. pico2wave
 * has no speed of its own, so a speed other than 1 is a time stretch that keeps the pitch ({@link SoxTempo});
 * without sox, Pico speaks at its own pace.
 */
public final class PicoVoice extends CommandLineVoice {
    public static final String NAME = "pico";
    private static final String PROGRAM = "pico2wave";

    private PicoVoice(Path program, double speed, SoxTempo stretch) {
        super(NAME, (wav, text) -> List.of(program.toString(), "-l", "en-GB", "-w", wav.toString(), text),
                speed, stretch == null ? null : stretch::arguments);
    }

    /** Pico at {@code speed}, stretched by sox when there is one and the speed is not 1. */
    static Voice atSpeed(Path program, double speed, Optional<Path> sox) {
        if (speed == 1.0 || sox.isEmpty()) {
            return new PicoVoice(program, 1.0, null);
        }
        return new PicoVoice(program, speed, new SoxTempo(sox.get(), speed));
    }

    /** The voice at its own pace, when pico2wave is installed. */
    public static Optional<Voice> detect() {
        return program().map(p -> new PicoVoice(p, 1.0, null));
    }

    static Optional<Path> program() {
        return ExternalProgram.find(PROGRAM);
    }
}
