package org.footcoach.listen.recognise;

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
        assertThat(end.noisyRoom()).isFalse();
    }

    @Test
    void aSoundStartsAfterAQuarterSecondOfQuietAndNotAtAShortPause() {
        for (int i = 0; i < 10; i++) {
            chunk(50);
        }
        chunk(5_000);
        long firstWord = now - 20;
        chunk(5_000);
        for (int i = 0; i < 10; i++) {
            chunk(50);
        }
        chunk(5_000);
        assertThat(end.soundStartMillis()).as("\"go on\": 200 ms between the words").isEqualTo(firstWord);
        for (int i = 0; i < 13; i++) {
            chunk(50);
        }
        chunk(5_000);
        assertThat(end.soundStartMillis()).as("260 ms of quiet before it").isEqualTo(now - 20);
        assertThat(end.lastSpeechMillis()).isEqualTo(now);
    }

    @Test
    void quietSinceATimeOnlyWhenNothingSoundedAfterIt() {
        for (int i = 0; i < 10; i++) {
            chunk(50);
        }
        assertThat(end.quietSince(0)).as("only the room, from the start").isTrue();
        chunk(5_000);
        long spoke = now;
        for (int i = 0; i < 5; i++) {
            chunk(50);
        }
        assertThat(end.quietSince(spoke)).as("speech at that moment").isFalse();
        assertThat(end.quietSince(spoke + 20)).isTrue();
        for (int i = 0; i < 600; i++) {
            chunk(1_500);
        }
        assertThat(end.quietSince(spoke + 20)).as("a noisy room cannot tell").isFalse();
    }

    @Test
    void aSteadyHumBelowTheQuietRoomLevelRaisesTheBarForSpeech() {
        for (int i = 0; i < 600; i++) {
            chunk(250); // a quiet fan: below the fixed minimum but it becomes the floor
        }
        chunk(900); // louder than the minimum, but not four times the fan
        assertThat(end.quietMillis(now)).as("not taken for speech").isZero();
        chunk(5_000);
        for (int i = 0; i < 5; i++) {
            chunk(250);
        }
        assertThat(end.quietMillis(now)).isEqualTo(100);
    }

    @Test
    void aNoisyRoomGivesNoWordEnd() {
        for (int i = 0; i < 600; i++) {
            chunk(1_500); // household noise at about 10 dB below speech
        }
        chunk(12_000);
        for (int i = 0; i < 10; i++) {
            chunk(1_500);
        }
        assertThat(end.quietMillis(now)).isZero();
        assertThat(end.noisyRoom()).isTrue();
    }
}
