package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EchoDelayTest {

    /** A voice-like signal: noise through a gentle low-pass, in bursts. */
    private static short[] bursts(int length, long seed) {
        Random random = new Random(seed);
        short[] out = new short[length];
        double smooth = 0;
        for (int i = 0; i < length; i++) {
            smooth = 0.7 * smooth + 0.3 * random.nextGaussian() * 6000;
            out[i] = (short) ((i / 4000) % 2 == 0 ? smooth : 0);
        }
        return out;
    }

    @Test
    void findsHowLateTheMicrophoneHearsWhatWasPlayed() {
        short[] played = bursts(40_000, 1);
        EchoDelay delay = new EchoDelay(9_600, 16_000);
        for (int i = 0; i < played.length; i++) {
            short heard = i >= 2_000 ? (short) (played[i - 2_000] / 3) : 0;
            delay.add(heard, played[i]);
        }
        assertThat(delay.estimate()).isPresent();
        assertThat(delay.estimate().getAsInt()).isBetween(1_996, 2_004);
    }

    @Test
    void saysNothingWhenTheMicrophoneHearsSomethingElse() {
        short[] played = bursts(40_000, 2);
        short[] other = bursts(40_000, 3);
        EchoDelay delay = new EchoDelay(9_600, 16_000);
        for (int i = 0; i < played.length; i++) {
            delay.add(other[i], played[i]);
        }
        assertThat(delay.estimate()).isEmpty();
    }

    @Test
    void saysNothingBeforeItHasHeardEnough() {
        EchoDelay delay = new EchoDelay(9_600, 16_000);
        short[] played = bursts(20_000, 4);
        for (short s : played) {
            delay.add(s, s);
        }
        assertThat(delay.estimate()).isEmpty();
    }
}
