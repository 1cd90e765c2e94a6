package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is written whole or not at all, and a failure is one plain sentence. */
class SpeechFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDiskThatFillsUpHalfWayIsOneSentenceAndLeavesTheOldFile() throws IOException {
        Path captions = Files.writeString(dir.resolve("routine.vtt"), "WEBVTT\n\nthe old captions\n");

        assertThatThrownBy(() -> SpeechFiles.write(captions, out -> {
            out.write("WEBVTT\n\n1\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(SpeechException.class)
                .hasMessage("Cannot write " + captions + " (No space left on device). Nothing was changed there.");

        assertThat(Files.readString(captions)).isEqualTo("WEBVTT\n\nthe old captions\n");
    }

    @Test
    void aFolderThatIsAFileIsSaidWithTheSystemsReasonNotItsPathTwice() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("exports"), "a file");
        Path wav = notAFolder.resolve("routine.wav");

        assertThatThrownBy(() -> WavWriter.write(Pcm.silence(100), wav)).isInstanceOf(SpeechException.class)
                .hasMessage("Cannot write " + wav + " (Not a directory). Nothing was changed there.");
    }

    @Test
    void aWrittenExportIsWholeAndInPlace() throws IOException {
        Path vtt = dir.resolve("routine.vtt");
        VttWriter.write(List.of(new Caption(0, 900, "Sit on a solid chair.")), vtt);

        assertThat(Files.readString(vtt)).startsWith("WEBVTT\n").contains("Sit on a solid chair.");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(vtt);
        }
    }
}
