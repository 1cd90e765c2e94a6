package org.footcoach.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * A voice that runs an installed program which writes a WAV file, then reads, resamples and levels it.
 * Each render runs its own process with its own temporary file, so renders may run in parallel.
 */
class CommandLineVoice implements Voice {
    private static final long TIMEOUT_SECONDS = 20;

    private final String name;
    private final BiFunction<Path, String, List<String>> command;

    /** {@code command} gives the program's arguments for an output file and a text. */
    CommandLineVoice(String name, BiFunction<Path, String, List<String>> command) {
        this.name = name;
        this.command = command;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Pcm render(String text) {
        Path wav = null;
        try {
            wav = Files.createTempFile("footcoach-" + name + "-", ".wav");
            Process process = new ProcessBuilder(command.apply(wav, text)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SpeechException("The " + name + " voice took longer than " + TIMEOUT_SECONDS
                        + " s to say: " + text);
            }
            if (process.exitValue() != 0 || Files.size(wav) == 0) {
                throw new SpeechException("The " + name + " voice failed (exit " + process.exitValue() + ") to say: "
                        + text + ". It said: " + new String(output, StandardCharsets.UTF_8).strip());
            }
            return ClipShaper.shape(WavReader.samples(wav), Pcm.SAMPLE_RATE);
        } catch (IOException e) {
            throw new SpeechException("Cannot run the " + name + " voice: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("Rendering with the " + name + " voice was interrupted.", e);
        } finally {
            deleteQuietly(wav);
        }
    }

    private void deleteQuietly(Path wav) {
        if (wav == null) {
            return;
        }
        try {
            Files.deleteIfExists(wav);
        } catch (IOException e) {
            System.getLogger(CommandLineVoice.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot delete the temporary file " + wav + ": " + e.getMessage());
        }
    }
}
