package org.footcoach.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aDiskThatFillsUpHalfWayLeavesTheOldFileAndNoPartBehind() throws IOException {
        Path captions = Files.writeString(dir.resolve("routine.vtt"), "WEBVTT\n\nthe old captions\n");

        assertThatThrownBy(() -> AtomicFile.write(captions, out -> {
            out.write("WEBVTT\n\n1\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readString(captions)).isEqualTo("WEBVTT\n\nthe old captions\n");
        assertThat(dir.resolve("routine.vtt.part")).doesNotExist();
    }

    @Test
    void aWrittenFileIsWholeAndInPlace() throws IOException {
        Path file = dir.resolve("history.json");
        AtomicFile.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("{}");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
