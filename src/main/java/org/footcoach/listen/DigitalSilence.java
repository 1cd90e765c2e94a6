package org.footcoach.listen;

/**
 * Counts how long an input has given exact zeros. A working microphone always hears a little hiss; long runs of
 * zeros mean it is muted, or the system gives the app silence because it may not use the microphone.
 */
final class DigitalSilence {
    /** Five seconds: longer than any start-up silence of a sound card. */
    static final int LASTING_SAMPLES = 5 * 16_000;

    private long zeros;

    /** Takes {@code bytes} bytes of 16-bit PCM from {@code buffer}. */
    void count(byte[] buffer, int bytes) {
        for (int i = 0; i + 1 < bytes; i += 2) {
            zeros = (buffer[i] | buffer[i + 1]) == 0 ? zeros + 1 : 0;
        }
    }

    /** Whether the zeros have lasted {@link #LASTING_SAMPLES} or more, up to the newest sample counted. */
    boolean lasting() {
        return zeros >= LASTING_SAMPLES;
    }
}
