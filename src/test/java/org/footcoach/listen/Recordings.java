package org.footcoach.listen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.footcoach.listen.corpus.EspeakSpeaker;

/** Spoken words and silence for the voice service's tests, and WAV files of them. */
final class Recordings {

    private Recordings() {
    }

    static short[] commandsWithPauses(String... words) {
        EspeakSpeaker voice = new EspeakSpeaker("en-us", 150, 50);
        List<Short> out = new ArrayList<>();
        for (String w : words) {
            addSilence(out, 16_000);
            for (short s : voice.say(w)) {
                out.add(s);
            }
        }
        addSilence(out, 16_000);
        return toArray(out);
    }

    static short[] toArray(List<Short> samples) {
        short[] pcm = new short[samples.size()];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = samples.get(i);
        }
        return pcm;
    }

    static Path writeWav(Path file, short[] pcm, AudioFormat format) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) {
            b.putShort(s);
        }
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), format, pcm.length),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    static void addSilence(List<Short> out, int samples) {
        for (int i = 0; i < samples; i++) {
            out.add((short) 0);
        }
    }
}
