package org.footcoach.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
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

    /** The folder to use. {@code override} is the one given on the command line, or null for the default. */
    public static Path locate(Path override, Map<String, String> environment, Path home) {
        return override != null ? override : defaultFolder(environment, home);
    }

    /**
     * Creates the folder when missing.
     *
     * @throws java.nio.file.FileAlreadyExistsException when a file is in the way
     * @throws java.nio.file.AccessDeniedException when it cannot be created or written
     */
    public static DataDirectory prepare(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString());
        }
        return new DataDirectory(folder);
    }

    private static Path defaultFolder(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(FOLDER);
    }

    /** The folder of the history, one file per session, inside the data folder {@code folder}. */
    public static Path history(Path folder) {
        return folder.resolve("history");
    }

    /** The settings file inside the data folder {@code folder}. */
    public static Path settings(Path folder) {
        return folder.resolve("settings.json");
    }

    public Path path() {
        return path;
    }
}
