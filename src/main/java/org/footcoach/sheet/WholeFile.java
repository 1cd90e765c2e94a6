package org.footcoach.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.footcoach.files.AtomicFile;

/** Writes the sheet whole or not at all; a failure is one sentence naming the file and the system's reason. */
final class WholeFile {
    private WholeFile() {
    }

    static void write(Path file, String text) {
        try {
            AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SheetException(SheetText.get("file.cannot-write", file, AtomicFile.reason(e)), e);
        }
    }
}
