package org.footcoach.speech;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads a WAV of any common PCM format into 16 kHz mono samples (full scale 1.0), mixing channels down. */
public final class WavReader {
    private WavReader() {
    }

    /** Reads the file exactly, without levelling: 16 kHz mono 16-bit files come back sample for sample. */
    public static Pcm read(Path file) {
        return toPcm(samples(file));
    }

    /** Samples at 16 kHz, full scale 1.0. */
    public static float[] samples(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return samples(in, file.toString());
        } catch (IOException e) {
            throw new SpeechException("Cannot read the sound file " + file + ": " + e.getMessage(), e);
        }
    }

    public static float[] samples(InputStream in, String where) {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            AudioFormat from = source.getFormat();
            int channels = from.getChannels();
            AudioFormat pcm16 = new AudioFormat(from.getSampleRate(), 16, channels, true, false);
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm16, source)) {
                byte[] bytes = converted.readAllBytes();
                int frames = bytes.length / (2 * channels);
                float[] mono = new float[frames];
                for (int f = 0; f < frames; f++) {
                    float sum = 0;
                    for (int c = 0; c < channels; c++) {
                        int i = (f * channels + c) * 2;
                        sum += (short) ((bytes[i] & 0xff) | (bytes[i + 1] << 8)) / 32768f;
                    }
                    mono[f] = sum / channels;
                }
                return Resampler.to16k(mono, Math.round(from.getSampleRate()));
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new SpeechException("The sound file " + where + " is not a PCM WAV this app can read.", e);
        } catch (IOException e) {
            throw new SpeechException("Cannot read the sound file " + where + ": " + e.getMessage(), e);
        }
    }

    static Pcm toPcm(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i] * 32768f)));
        }
        return Pcm.wrap(out);
    }
}
