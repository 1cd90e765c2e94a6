package org.footcoach.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.footcoach.listen.AudioSource;

/** Writes 16 kHz mono test recordings. */
final class VoiceCommandsRecording {
    private VoiceCommandsRecording() {
    }

    static Path write(Path wav, short[] pcm) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : pcm) {
            bytes.putShort(sample);
        }
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes.array()), AudioSource.FORMAT,
                pcm.length), AudioFileFormat.Type.WAVE, wav.toFile());
        return wav;
    }

    static Path writeSilence(Path wav, int millis) throws IOException {
        return write(wav, new short[millis * 16]);
    }
}
