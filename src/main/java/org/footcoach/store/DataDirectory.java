package org.footcoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where settings and history live: {@code --data-dir}, else {@code $XDG_DATA_HOME/foot-coach}, else ~/.local/share. */
public final class DataDirectory {
    private static final String FOLDER = "foot-coach";

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path;
    }

    /**
     * Resolves and creates the folder.
     *
     * @param override the folder given on the command line, or null for the default
     * @throws IOException when the folder cannot be created or is not a writable folder
     */
    public static DataDirectory prepare(Path override, Map<String, String> environment, Path home)
            throws IOException {
        Path folder = override != null ? override : defaultFolder(environment, home);
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new IOException(folder + " is not writable");
        }
        return new DataDirectory(folder);
    }

    static Path defaultFolder(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(FOLDER);
    }

    public Path path() {
        return path;
    }
}
