package org.footcoach.listen.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** 16 kHz mono 16-bit sound to WAV files for the sound server, and its raw recordings back. */
final class Pcm16Files {
    static final AudioFormat FORMAT = new AudioFormat(16_000, 16, 1, true, false);

    private Pcm16Files() {
    }

    static void writeWav(Path file, short[] pcm) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) {
            b.putShort(s);
        }
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), FORMAT, pcm.length),
                AudioFileFormat.Type.WAVE, file.toFile());
    }

    /** A recording of s16le mono samples with no header, as {@code parec --raw} writes it. */
    static short[] readRaw(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        short[] pcm = new short[b.remaining() / 2];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = b.getShort();
        }
        return pcm;
    }
}
