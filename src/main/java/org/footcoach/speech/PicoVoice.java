package org.footcoach.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** SVOX Pico, British English (Debian package {@code libttspico-utils}, non-free), run as a subprocess. */
public final class PicoVoice extends CommandLineVoice {
    public static final String NAME = "pico";
    private static final String PROGRAM = "pico2wave";

    private PicoVoice(Path program) {
        super(NAME, (wav, text) -> List.of(program.toString(), "-l", "en-GB", "-w", wav.toString(), text));
    }

    /** The voice, when pico2wave is installed. */
    public static Optional<Voice> detect() {
        return ExternalProgram.find(PROGRAM).map(PicoVoice::new);
    }
}
