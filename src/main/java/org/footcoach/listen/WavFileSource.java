package org.footcoach.listen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A WAV file played in as if it were the microphone ({@code --mic-file}). Any PCM WAV Java Sound can convert is
 * turned into 16 kHz mono. In real time it delivers audio no faster than it would be spoken; the fast mode, for tests
 * and benchmarks, delivers it as fast as it is read.
 */
public final class WavFileSource implements AudioSource {

    private final AudioInputStream pcm;
    private final String name;
    private final RealTimePace pace;

    private WavFileSource(AudioInputStream pcm, String name, boolean realTime) {
        this.pcm = pcm;
        this.name = name;
        this.pace = realTime ? new RealTimePace(RealTimePace.Time.REAL) : null;
    }

    public static WavFileSource realTime(Path wav) throws IOException {
        return open(wav, true);
    }

    public static WavFileSource fast(Path wav) throws IOException {
        return open(wav, false);
    }

    private static WavFileSource open(Path wav, boolean realTime) throws IOException {
        try {
            AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile());
            AudioInputStream converted = convert(in, wav);
            return new WavFileSource(converted, wav.getFileName().toString(), realTime);
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(new VoiceMessages().format("file.not-wav", wav), e);
        }
    }

    private static AudioInputStream convert(AudioInputStream in, Path wav) throws IOException {
        try {
            return SixteenKilohertzMono.of(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(new VoiceMessages().format("file.not-convertible", wav, in.getFormat()), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean endsByItself() {
        return true;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n = pcm.readNBytes(buffer, 0, buffer.length - buffer.length % 2);
        if (n <= 0) {
            return -1;
        }
        if (pace != null) {
            try {
                pace.letOut(n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Reading " + name + " was interrupted.", e);
            }
        }
        return n;
    }

    @Override
    public void close() {
        try {
            pcm.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + name, e);
        }
    }
}
