package org.footcoach.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** flite with its {@code rms} voice (Debian package {@code flite}), run as a subprocess. */
public final class FliteVoice extends CommandLineVoice {
    public static final String NAME = "flite";
    private static final String PROGRAM = "flite";

    private FliteVoice(Path program) {
        super(NAME, (wav, text) -> List.of(program.toString(), "-voice", "rms", "-o", wav.toString(), "-t", text));
    }

    /** The voice, when flite is installed. */
    public static Optional<Voice> detect() {
        return ExternalProgram.find(PROGRAM).map(FliteVoice::new);
    }
}
