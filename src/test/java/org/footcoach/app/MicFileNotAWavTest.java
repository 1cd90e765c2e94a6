package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --mic-file} given something that is not a recording: one sentence naming the file and why, exit 1, before
 * any window opens, as for a recording that is not there.
 */
class MicFileNotAWavTest {
    /** The start of a WAV header, cut off inside its format chunk. */
    private static final byte[] CUT_HEADER = {'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ',
            16, 0, 0, 0, 1, 0};

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"text", "empty", "cut header", "folder", "missing"})
    void isOneSentenceNamingTheFileAndExitOne(String kind) throws IOException {
        Path file = temp.resolve("commands.wav");
        String why = switch (kind) {
            case "text" -> {
                Files.writeString(file, "start, next, stop");
                yield CliText.get("file.notWav");
            }
            case "empty" -> {
                Files.write(file, new byte[0]);
                yield CliText.get("file.notWav");
            }
            case "cut header" -> {
                Files.write(file, CUT_HEADER);
                yield CliText.get("file.notWav");
            }
            case "folder" -> {
                Files.createDirectory(file);
                yield CliText.get("file.isFolder");
            }
            default -> CliText.get("file.missing");
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"--mic-file", file.toString(), "--audio-out", "none",
                "--data-dir", temp.resolve("data").toString()}, new PrintWriter(out), new PrintWriter(err));

        List<String> said = err.toString().lines().toList();
        assertThat(code).as(kind).isEqualTo(ExitCode.PROBLEM);
        assertThat(said).as(kind).containsExactly(CliText.get("error.micFile", file, why));
        assertThat(out.toString()).isEmpty();
        assertThat(temp.resolve("data")).as("nothing started").doesNotExist();
    }

    @Test
    void aRealRecordingPasses() throws IOException {
        Path wav = temp.resolve("commands.wav");
        WavWriter.write(Pcm.of(new short[1600]), wav);

        assertThat(MicFileCheck.problem(wav)).isEmpty();
    }
}
