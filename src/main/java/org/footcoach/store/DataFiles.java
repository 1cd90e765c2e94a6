package org.footcoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the history and the settings do alike with their files: times in names, and moving a broken file aside. */
final class DataFiles {
    /** A moment as it goes into a file name: sorts in time order, no characters a file system refuses. */
    static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private DataFiles() {
    }

    /**
     * Moves a file that cannot be read out of the way as {@code NAME.corrupt-<time>}, so nothing writes over it.
     *
     * @return where it is now
     */
    static Path moveAside(Path file, Instant now) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + NAME_TIME.format(now));
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }
}
