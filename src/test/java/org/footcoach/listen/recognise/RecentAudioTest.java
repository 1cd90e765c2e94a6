package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentAudioTest {
    @Test
    void keepsTheLatestBytesOldestFirst() {
        RecentAudio recent = new RecentAudio(1); // 32 bytes
        byte[] pcm = new byte[20];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (byte) (round * 20 + i);
            }
            recent.append(pcm, pcm.length);
        }
        byte[] last = recent.last(100);
        assertThat(last).hasSize(32);
        assertThat(last[0]).isEqualTo((byte) 28);
        assertThat(last[31]).isEqualTo((byte) 59);
        assertThat(recent.last(4)).containsExactly(56, 57, 58, 59);
    }

    @Test
    void givesWholeSamplesAndNoMoreThanWasWritten() {
        RecentAudio recent = new RecentAudio(1);
        recent.append(new byte[] {1, 2, 3, 4, 5, 6}, 6);
        assertThat(recent.last(100)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(recent.last(3)).as("the last whole sample").containsExactly(5, 6);
    }
}
