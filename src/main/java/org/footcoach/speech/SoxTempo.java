package org.footcoach.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * sox's {@code tempo -s}: speech made slower or faster without changing its pitch, for a voice that has no speed of
 * its own.
 */
record SoxTempo(Path program, double speed) {
    private static final String PROGRAM = "sox";

    static Optional<Path> find() {
        return ExternalProgram.find(PROGRAM);
    }

    /** The arguments that write {@code in} at this speed to {@code out}. */
    List<String> arguments(Path in, Path out) {
        return List.of(program.toString(), in.toString(), out.toString(), "tempo", "-s", Double.toString(speed));
    }
}
