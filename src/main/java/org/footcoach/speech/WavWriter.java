package org.footcoach.speech;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** Writes {@link Pcm} as a 16 kHz mono 16-bit PCM WAV file. */
public final class WavWriter {
    private static final int HEADER_BYTES = 44;

    private WavWriter() {
    }

    /** Writes the whole file or none of it ({@link SpeechFiles}). */
    public static void write(Pcm pcm, Path file) {
        SpeechFiles.write(file, out -> write(pcm, out));
    }

    public static void write(Pcm pcm, OutputStream out) throws IOException {
        int dataBytes = pcm.sampleCount() * 2;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(US_ASCII)).putInt(36 + dataBytes);
        header.put("WAVE".getBytes(US_ASCII));
        header.put("fmt ".getBytes(US_ASCII)).putInt(16);
        header.putShort((short) 1).putShort((short) 1).putInt(Pcm.SAMPLE_RATE).putInt(Pcm.SAMPLE_RATE * 2);
        header.putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(US_ASCII)).putInt(dataBytes);
        out.write(header.array());
        ByteBuffer data = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < pcm.sampleCount(); i++) {
            if (!data.hasRemaining()) {
                out.write(data.array(), 0, data.position());
                data.clear();
            }
            data.putShort(pcm.sampleAt(i));
        }
        out.write(data.array(), 0, data.position());
    }

    public static byte[] bytes(Pcm pcm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_BYTES + pcm.sampleCount() * 2);
        try {
            write(pcm, out);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
