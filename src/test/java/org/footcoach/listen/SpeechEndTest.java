package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechEndTest {
    private final SpeechEnd end = new SpeechEnd();
    private long now;

    private void chunk(int amplitude) {
        byte[] pcm = new byte[640];
        for (int i = 0; i < pcm.length; i += 2) {
            int v = (i / 2) % 2 == 0 ? amplitude : -amplitude;
            pcm[i] = (byte) v;
            pcm[i + 1] = (byte) (v >> 8);
        }
        now += 20;
        end.feed(pcm, pcm.length, now);
    }

    @Test
    void quietCountsFromTheLastLoudChunk() {
        assertThat(end.quietMillis(now)).as("nothing said yet").isZero();
        for (int i = 0; i < 10; i++) {
            chunk(50);
        }
        assertThat(end.quietMillis(now)).as("room sound is not speech").isZero();
        for (int i = 0; i < 20; i++) {
            chunk(5_000);
        }
        assertThat(end.quietMillis(now)).isZero();
        for (int i = 0; i < 6; i++) {
            chunk(50);
        }
        assertThat(end.quietMillis(now)).isEqualTo(120);
    }

    @Test
    void steadyNoiseRaisesTheBarForSpeech() {
        for (int i = 0; i < 200; i++) {
            chunk(400); // a fan: above the fixed minimum, but steady
        }
        chunk(5_000);
        for (int i = 0; i < 5; i++) {
            chunk(400);
        }
        assertThat(end.quietMillis(now)).as("the fan after the word is quiet").isEqualTo(100);
    }
}
