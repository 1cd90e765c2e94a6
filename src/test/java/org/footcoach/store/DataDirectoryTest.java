package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void createsTheFolderGivenOnTheCommandLine() throws IOException {
        Path wanted = temp.resolve("a").resolve("b");
        Path folder = DataDirectory.locate(wanted, Map.of("XDG_DATA_HOME", "/elsewhere"), temp);
        assertThat(DataDirectory.prepare(folder).path()).isEqualTo(wanted).isDirectory();
    }

    @Test
    void defaultsToXdgDataHomeThenTheHomeFolder() {
        assertThat(DataDirectory.locate(null, Map.of("XDG_DATA_HOME", "/xdg"), temp))
                .isEqualTo(Path.of("/xdg", "foot-coach"));
        assertThat(DataDirectory.locate(null, Map.of("XDG_DATA_HOME", " "), temp))
                .isEqualTo(temp.resolve(".local/share/foot-coach"));
        assertThat(DataDirectory.locate(null, Map.of(), temp)).isEqualTo(temp.resolve(".local/share/foot-coach"));
    }

    @Test
    void aFileInTheWayIsAnError() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "x");
        assertThatThrownBy(() -> DataDirectory.prepare(file)).isInstanceOf(FileAlreadyExistsException.class);
    }
}
