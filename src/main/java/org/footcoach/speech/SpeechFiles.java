package org.footcoach.speech;

import java.io.IOException;
import java.nio.file.Path;
import org.footcoach.files.AtomicFile;

/** Writes an export whole or not at all; a failure is one sentence naming the file and the system's reason. */
final class SpeechFiles {
    private SpeechFiles() {
    }

    static void write(Path file, AtomicFile.Body body) {
        try {
            AtomicFile.write(file, body);
        } catch (IOException e) {
            throw new SpeechException(SpeechMessages.format("file.cannot-write", file, AtomicFile.reason(e)), e);
        }
    }
}
