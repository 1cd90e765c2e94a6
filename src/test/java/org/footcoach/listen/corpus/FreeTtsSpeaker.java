package org.footcoach.listen.corpus;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;

/** FreeTTS kevin16 (16 kHz), captured into memory by its own player; FreeTTS's streaming player is never used. */
public final class FreeTtsSpeaker implements Speaker {

    private final Voice voice;
    private final CapturingPlayer player = new CapturingPlayer();

    public FreeTtsSpeaker() {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        voice = VoiceManager.getInstance().getVoice("kevin16");
        if (voice == null) {
            throw new IllegalStateException("FreeTTS voice kevin16 is not on the class path.");
        }
        voice.allocate();
        voice.setAudioPlayer(player);
    }

    @Override
    public String name() {
        return "freetts kevin16";
    }

    @Override
    public synchronized short[] say(String text) {
        player.pcm.reset();
        voice.speak(text);
        byte[] bytes = player.pcm.toByteArray();
        short[] out = new short[bytes.length / 2];
        ByteOrder order = player.format != null && player.format.isBigEndian() ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer.wrap(bytes).order(order).asShortBuffer().get(out);
        return out;
    }

    private static final class CapturingPlayer implements AudioPlayer {
        final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        AudioFormat format;
        float volume = 1f;

        @Override public void setAudioFormat(AudioFormat f) {
            if (f.getSampleRate() != 16_000f || f.getChannels() != 1 || f.getSampleSizeInBits() != 16) {
                throw new IllegalStateException("FreeTTS gave " + f + "; the corpus needs 16 kHz mono 16-bit");
            }
            format = f;
        }
        @Override public AudioFormat getAudioFormat() { return format; }
        @Override public void pause() { }
        @Override public void resume() { }
        @Override public void reset() { }
        @Override public boolean drain() { return true; }
        @Override public void begin(int size) { }
        @Override public boolean end() { return true; }
        @Override public void cancel() { }
        @Override public void close() { }
        @Override public float getVolume() { return volume; }
        @Override public void setVolume(float v) { volume = v; }
        @Override public long getTime() { return 0; }
        @Override public void resetTime() { }
        @Override public void startFirstSampleTimer() { }
        @Override public boolean write(byte[] data) { return write(data, 0, data.length); }
        @Override public boolean write(byte[] data, int off, int len) {
            pcm.write(data, off, len);
            return true;
        }
        @Override public void showMetrics() { }
    }
}
