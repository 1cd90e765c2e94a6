package org.footcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
        assertThat(DataDirectory.prepare(wanted, Map.of(), temp).path()).isEqualTo(wanted).isDirectory();
    }

    @Test
    void defaultsToXdgDataHomeThenTheHomeFolder() throws IOException {
        assertThat(DataDirectory.prepare(null, Map.of("XDG_DATA_HOME", temp.resolve("xdg").toString()), temp).path())
                .isEqualTo(temp.resolve("xdg").resolve("foot-coach")).isDirectory();
        assertThat(DataDirectory.prepare(null, Map.of(), temp).path())
                .isEqualTo(temp.resolve(".local/share/foot-coach")).isDirectory();
    }

    @Test
    void aFileInTheWayIsAnError() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "x");
        assertThatThrownBy(() -> DataDirectory.prepare(file, Map.of(), temp)).isInstanceOf(IOException.class);
    }
}
