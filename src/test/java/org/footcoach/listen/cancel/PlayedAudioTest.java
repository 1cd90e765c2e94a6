package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlayedAudioTest {

    private static byte[] littleEndian(short... samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }

    @Test
    void givesBackWhatWasPlayedBySampleNumberAndSilenceWhereNothingIs() {
        PlayedAudio played = new PlayedAudio(1);
        played.played(littleEndian((short) 1, (short) -2, (short) 30_000), 6);
        short[] copy = new short[5];
        played.copy(-1, copy, 5);
        assertThat(played.writtenSamples()).isEqualTo(3);
        assertThat(copy).containsExactly(0, 1, -2, 30_000, 0);
    }

    @Test
    void forgetsWhatIsOlderThanItKeeps() {
        PlayedAudio played = new PlayedAudio(1);
        short[] fives = new short[16_000];
        java.util.Arrays.fill(fives, (short) 5);
        byte[] second = littleEndian(fives);
        played.played(littleEndian((short) 7), 2);
        played.played(second, second.length);
        short[] copy = new short[1];
        played.copy(0, copy, 1);
        assertThat(copy).containsExactly(0);
        played.copy(1, copy, 1);
        assertThat(copy).containsExactly(5);
        assertThat(played.writtenSamples()).isEqualTo(16_001);
    }
}
