package org.footcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.footcoach.listen.WavFileSource;

/**
 * {@code --mic-file} is checked as the app starts, as every file named on the command line is: a file that is not
 * there, a folder, or not a WAV this app can read is one sentence and exit 1. A missing microphone is waited for
 * instead, since one can be plugged in; a named file will not turn into a recording by waiting.
 */
final class MicFileCheck {
    private MicFileCheck() {
    }

    /** Why {@code file} cannot be played in as the microphone, in one sentence; empty when it can. */
    static Optional<String> problem(Path file) {
        if (!Files.exists(file)) {
            return said(file, CliText.get("file.missing"));
        }
        if (Files.isDirectory(file)) {
            return said(file, CliText.get("file.isFolder"));
        }
        if (!Files.isReadable(file)) {
            return said(file, CliText.get("file.denied"));
        }
        try {
            WavFileSource.fast(file).close();
            return Optional.empty();
        } catch (IOException e) {
            return said(file, CliText.get(e.getCause() instanceof UnsupportedAudioFileException ? "file.notWav"
                    : e.getCause() instanceof IllegalArgumentException ? "file.notConvertible" : "file.unreadable"));
        }
    }

    private static Optional<String> said(Path file, String why) {
        return Optional.of(CliText.get("error.micFile", file, why));
    }
}
