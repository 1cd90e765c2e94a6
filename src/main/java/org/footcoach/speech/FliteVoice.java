package org.footcoach.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * flite with its {@code rms} voice (Debian package {@code flite}), run as a subprocess. Its speed is flite's
 * {@code duration_stretch}: 1/speed, so 0.7 makes every sound about 1.4 times as long.
 */
public final class FliteVoice extends CommandLineVoice {
    public static final String NAME = "flite";
    private static final String PROGRAM = "flite";

    FliteVoice(Path program, double speed) {
        super(NAME, (wav, text) -> List.of(program.toString(), "-voice", "rms",
                "--setf", "duration_stretch=" + (1.0 / speed), "-o", wav.toString(), "-t", text), speed, null);
    }

    /** The voice at its own pace, when flite is installed. */
    public static Optional<Voice> detect() {
        return program().map(p -> new FliteVoice(p, 1.0));
    }

    static Optional<Path> program() {
        return ExternalProgram.find(PROGRAM);
    }
}
