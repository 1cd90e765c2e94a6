package org.footcoach.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a file asked for on the command line can go where it was asked: its folder is said, never made. */
final class ExportFile {
    private ExportFile() {
    }

    /** The sentence saying why {@code file} cannot be written there, or empty when it can be tried. */
    static Optional<String> problem(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            return Optional.of(CliText.get("error.exportFile", file, CliText.get("file.isFolder")));
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of(CliText.get("error.exportFile", file, CliText.get("file.noFolder")));
        }
        return Optional.empty();
    }
}
