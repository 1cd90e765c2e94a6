package org.footcoach.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in plain words why a file or folder could not be used, without naming Java exceptions. */
final class FileProblem {
    private FileProblem() {
    }

    static String describe(IOException problem) {
        if (problem instanceof FileAlreadyExistsException) {
            return CliText.get("file.inTheWay");
        }
        if (problem instanceof AccessDeniedException) {
            return CliText.get("file.denied");
        }
        if (problem instanceof NoSuchFileException) {
            return CliText.get("file.missingFolder");
        }
        if (problem instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return problem.getMessage();
    }
}
