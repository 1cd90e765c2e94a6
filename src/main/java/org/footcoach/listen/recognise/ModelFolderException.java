package org.footcoach.listen.recognise;

import java.io.IOException;
import java.nio.file.Path;

/** The voice model cannot be unpacked because its cache folder cannot be written: which folder, and the problem. */
public final class ModelFolderException extends IOException {
    private final transient Path folder;

    ModelFolderException(Path folder, IOException problem) {
        super("Cannot write the voice model cache " + folder + ": " + problem, problem);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** What the file system said, for a plain-words reason. */
    public IOException problem() {
        return (IOException) getCause();
    }
}
