package org.footcoach.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * A voice that runs an installed program which writes a WAV file, then reads, resamples and levels it. A second
 * program may then turn that file into another (a time stretch). Each render runs its own processes with their own
 * temporary files, so renders may run in parallel.
 */
class CommandLineVoice implements Voice {
    private static final System.Logger LOG = System.getLogger(CommandLineVoice.class.getName());
    /**
     * flite and pico say one of the app's sentences in a fraction of a second. A hung program must not hold the
     * thread that renders (and every phrase queued behind it) long; a live session never waits for it.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Enough of what the program said to explain a failure. */
    private static final int OUTPUT_SHOWN_BYTES = 2000;

    private final String name;
    private final BiFunction<Path, String, List<String>> command;
    private final Duration timeout;
    private final double speed;
    private final BiFunction<Path, Path, List<String>> then;

    /** {@code command} gives the program's arguments for an output file and a text. */
    CommandLineVoice(String name, BiFunction<Path, String, List<String>> command) {
        this(name, command, TIMEOUT);
    }

    /** As above; a program still running after {@code timeout} is killed and the render fails. */
    CommandLineVoice(String name, BiFunction<Path, String, List<String>> command, Duration timeout) {
        this(name, command, timeout, 1.0, null);
    }

    /**
     * A voice at {@code speed} (which {@code command}, or {@code then}, makes it speak at); {@code then}, when not
     * null, gives the arguments of a program that reads the first WAV and writes another, which is the one read.
     */
    CommandLineVoice(String name, BiFunction<Path, String, List<String>> command, Duration timeout, double speed,
                     BiFunction<Path, Path, List<String>> then) {
        this.name = name;
        this.command = command;
        this.timeout = timeout;
        this.speed = speed;
        this.then = then;
    }

    /** As the voice {@code name} speaks at {@code speed}, with the usual timeout. */
    CommandLineVoice(String name, BiFunction<Path, String, List<String>> command, double speed,
                     BiFunction<Path, Path, List<String>> then) {
        this(name, command, TIMEOUT, speed, then);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double speed() {
        return speed;
    }

    /**
     * The program's output goes to a file, not a pipe: reading a pipe to its end would wait for a hung program
     * forever, and the timeout would never be reached.
     */
    @Override
    public Pcm render(String text) {
        Path wav = null;
        Path stretched = null;
        try {
            wav = Files.createTempFile("footcoach-" + name + "-", ".wav");
            run(command.apply(wav, text), wav, text);
            if (then == null) {
                return ClipShaper.shape(WavReader.samples(wav), Pcm.SAMPLE_RATE);
            }
            stretched = Files.createTempFile("footcoach-" + name + "-", ".wav");
            run(then.apply(wav, stretched), stretched, text);
            return ClipShaper.shape(WavReader.samples(stretched), Pcm.SAMPLE_RATE);
        } catch (IOException e) {
            throw new SpeechException("Cannot run the " + name + " voice: " + e.getMessage(), e);
        } finally {
            deleteQuietly(wav);
            deleteQuietly(stretched);
        }
    }

    /** Runs one program that writes {@code wav}, killed after the timeout; fails when it wrote nothing. */
    private void run(List<String> arguments, Path wav, String text) throws IOException {
        Path said = null;
        Process process = null;
        try {
            said = Files.createTempFile("footcoach-" + name + "-", ".out");
            process = new ProcessBuilder(arguments).redirectErrorStream(true)
                    .redirectOutput(said.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                LOG.log(System.Logger.Level.WARNING, "Killed the " + name + " voice program (pid " + process.pid()
                        + "): still running after " + timeout.toMillis() + " ms on: " + text);
                throw new SpeechException("The " + name + " voice took longer than " + timeout.toMillis()
                        + " ms to say: " + text);
            }
            if (process.exitValue() != 0 || Files.size(wav) == 0) {
                throw new SpeechException("The " + name + " voice failed (exit " + process.exitValue() + ") to say: "
                        + text + ". It said: " + shown(said));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw new SpeechException("Rendering with the " + name + " voice was interrupted.", e);
        } finally {
            deleteQuietly(said);
        }
    }

    /** The program and anything it started, so nothing it left behind keeps running. */
    private static void kill(Process process) {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String shown(Path said) throws IOException {
        byte[] output = Files.readAllBytes(said);
        int length = Math.min(output.length, OUTPUT_SHOWN_BYTES);
        return new String(output, 0, length, StandardCharsets.UTF_8).strip();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete the temporary file " + file + ": " + e.getMessage());
        }
    }
}
