package org.footcoach.listen;

import java.util.Arrays;

/**
 * A live input ("USB microphone") for tests: so many 20 ms chunks of exact silence, then so many of faint hiss, then
 * it ends as an unplugged microphone does. It tells when it hears nothing as the real microphone does.
 */
public final class ScriptedInput implements AudioSource {
    public static final String NAME = "USB microphone";

    private final int silentChunks;
    private final int hissChunks;
    private final DigitalSilence silence = new DigitalSilence();
    private int chunks;

    public ScriptedInput(int silentChunks, int hissChunks) {
        this.silentChunks = silentChunks;
        this.hissChunks = hissChunks;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int read(byte[] buffer) {
        if (chunks >= silentChunks + hissChunks) {
            return -1;
        }
        Arrays.fill(buffer, (byte) 0);
        if (chunks++ >= silentChunks) {
            for (int i = 0; i < buffer.length; i += 2) {
                buffer[i] = (byte) (i % 7 - 3);
            }
        }
        silence.count(buffer, buffer.length);
        return buffer.length;
    }

    @Override
    public boolean hearsNothing() {
        return silence.lasting();
    }

    @Override
    public void close() {
    }
}
