package org.footcoach.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * FreeTTS audio player that keeps the bytes in memory and never touches a sound device. FreeTTS's own
 * JavaStreamingAudioPlayer waits forever when there is no device, so it must never be used.
 */
final class CollectingAudioPlayer implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(Pcm.SAMPLE_RATE, 16, 1, true, true);
    private float volume = 1.0f;

    /** Samples collected since the last call, full scale 1.0, at the format's own rate; clears the buffer. */
    synchronized float[] take() {
        byte[] raw = bytes.toByteArray();
        bytes.reset();
        int bytesPerSample = format.getSampleSizeInBits() / 8;
        int channels = format.getChannels();
        int frames = raw.length / (bytesPerSample * channels);
        float[] out = new float[frames];
        for (int f = 0; f < frames; f++) {
            int i = f * bytesPerSample * channels;
            out[f] = bytesPerSample == 2 ? sample16(raw, i) : (format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
                    ? raw[i] : (raw[i] & 0xff) - 128) / 128f;
        }
        return out;
    }

    int sampleRate() {
        return Math.round(format.getSampleRate());
    }

    private float sample16(byte[] raw, int i) {
        int hi = format.isBigEndian() ? raw[i] : raw[i + 1];
        int lo = format.isBigEndian() ? raw[i + 1] : raw[i];
        return (short) ((hi << 8) | (lo & 0xff)) / 32768f;
    }

    @Override
    public synchronized void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public synchronized AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public synchronized boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public synchronized boolean write(byte[] audio, int offset, int length) {
        bytes.write(audio, offset, length);
        return true;
    }

    @Override
    public void begin(int size) {
        // Nothing to prepare: bytes simply accumulate.
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void pause() {
        // Nothing plays, so there is nothing to pause.
    }

    @Override
    public void resume() {
        // Nothing plays, so there is nothing to resume.
    }

    @Override
    public synchronized void reset() {
        bytes.reset();
    }

    @Override
    public synchronized void cancel() {
        bytes.reset();
    }

    @Override
    public void close() {
        // No device to release.
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
        // Timing metrics are not used.
    }

    @Override
    public void startFirstSampleTimer() {
        // Timing metrics are not used.
    }

    @Override
    public void showMetrics() {
        // Timing metrics are not used.
    }
}
