package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FullScaleNoiseTest {
    private static final int CHUNK = 640;

    @Test
    void fiveSecondsOfRandomBytesLast() {
        Random random = new Random(7);
        byte[] chunk = new byte[CHUNK];
        FullScaleNoise noise = new FullScaleNoise();
        for (int i = 0; i < 245; i++) {
            random.nextBytes(chunk);
            noise.count(chunk, CHUNK);
        }
        assertThat(noise.lasting()).as("4.9 s").isFalse();
        for (int i = 0; i < 5; i++) {
            random.nextBytes(chunk);
            noise.count(chunk, CHUNK);
        }
        assertThat(noise.lasting()).as("5 s").isTrue();
    }

    @Test
    void aLoudVoiceWithAQuietMomentEveryFewSecondsNeverLasts() {
        FullScaleNoise noise = new FullScaleNoise();
        for (int second = 0; second < 30; second++) {
            // Four seconds of a full-scale 300 Hz tone, then a quiet tenth of a second.
            feedTone(noise, 30_000, 4 * 16_000);
            feedTone(noise, 500, 1_600);
            assertThat(noise.lasting()).isFalse();
        }
    }

    @Test
    void aValueStuckAtFullScaleIsNotNoise() {
        byte[] stuck = new byte[CHUNK];
        for (int i = 0; i < CHUNK; i += 2) {
            stuck[i] = (byte) 0xff;
            stuck[i + 1] = 0x7f;
        }
        FullScaleNoise noise = new FullScaleNoise();
        for (int i = 0; i < 1000; i++) {
            noise.count(stuck, CHUNK);
        }
        assertThat(noise.lasting()).isFalse();
    }

    private static void feedTone(FullScaleNoise noise, double amplitude, int samples) {
        byte[] bytes = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short sample = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 300 * i / 16_000.0));
            bytes[2 * i] = (byte) sample;
            bytes[2 * i + 1] = (byte) (sample >> 8);
        }
        noise.count(bytes, bytes.length);
    }
}
