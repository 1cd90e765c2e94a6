package org.footcoach.listen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The voice model cannot be unpacked because its cache folder cannot be written; says where and why. */
public final class ModelFolderException extends IOException {
    private final transient Path folder;

    ModelFolderException(Path folder, Exception cause) {
        super("Cannot write the voice model cache " + folder + ": " + cause, cause);
        this.folder = folder;
    }

    /** The line for the person: the folder, and why it cannot be written. */
    public String line(VoiceMessages messages) {
        return messages.format("status.model-folder", folder, reason(messages));
    }

    private String reason(VoiceMessages messages) {
        Throwable cause = getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : getCause();
        if (cause instanceof AccessDeniedException) {
            return messages.format("model-folder.denied");
        }
        if (cause instanceof NoSuchFileException) {
            return messages.format("model-folder.cannot-create");
        }
        if (cause instanceof FileAlreadyExistsException) {
            return messages.format("model-folder.file-in-the-way");
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause.getMessage();
    }
}
