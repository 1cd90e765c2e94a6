package org.footcoach.listen;

/**
 * Counts how long an input has given one unchanging value: exact zeros, or a value stuck anywhere (at full scale, say).
 * A working microphone always hears a little hiss; a long run of one value means it is muted, the system gives the
 * app silence because it may not use the microphone, or the device is stuck.
 */
final class DigitalSilence {
    /** Five seconds: longer than any start-up silence of a sound card. */
    static final int LASTING_SAMPLES = 5 * 16_000;

    private long same;
    private int last;

    /** Takes {@code bytes} bytes of 16-bit PCM from {@code buffer}. */
    void count(byte[] buffer, int bytes) {
        for (int i = 0; i + 1 < bytes; i += 2) {
            int sample = (buffer[i] & 0xff) | (buffer[i + 1] << 8);
            same = sample == last ? same + 1 : 1;
            last = sample;
        }
    }

    /** Whether one value has lasted {@link #LASTING_SAMPLES} or more, up to the newest sample counted. */
    boolean lasting() {
        return same >= LASTING_SAMPLES;
    }
}
