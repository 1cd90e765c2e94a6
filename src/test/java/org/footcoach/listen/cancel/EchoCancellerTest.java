package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EchoCancellerTest {
    private static final int BLOCK = 320;

    /**
     * The room's noise is measured where nothing is played, so the canceller must see the app's silences as silence
     * however long it played before. A running float sum of the played power drifted up at every sudden loud start
     * (the soft samples before it were added while the sum was small, and taken away, lost in rounding, once it was
     * large): over minutes of speech it reached 0.7, and the app's silences never looked silent again.
     */
    @Test
    void measuresTheRoomsNoiseInTheSilenceAfterAMinuteOfSuddenLoudSounds() {
        EchoCanceller canceller = new EchoCanceller(768);
        Random random = new Random(3);
        short[] played = new short[BLOCK];
        short[] mic = new short[BLOCK];
        short[] out = new short[BLOCK];
        for (int block = 0; block < 50 * 60; block++) { // 100 ms soft, 200 ms loud, and its echo, for a minute
            double level = block % 15 < 5 ? 50 : 16_000;
            for (int i = 0; i < BLOCK; i++) {
                played[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, random.nextGaussian() * level));
                mic[i] = (short) (played[i] / 2 + random.nextGaussian() * 30);
            }
            canceller.process(mic, played, BLOCK, out);
        }
        Arrays.fill(played, (short) 0);
        for (int block = 0; block < 50; block++) { // a second of silence: only the room
            for (int i = 0; i < BLOCK; i++) {
                mic[i] = (short) (random.nextGaussian() * 30);
            }
            canceller.process(mic, played, BLOCK, out);
        }
        assertThat(canceller.noiseRms()).isBetween(25.0, 40.0);
    }
}
