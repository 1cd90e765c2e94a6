package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlayedShareTest {
    private static final double ROOM_NOISE = 30;
    /** The loudspeaker's sound reaches the microphone 6 dB down. */
    private static final double ECHO = 0.5;
    private static final int BLOCK = 320;

    private final PlayedShare share = new PlayedShare();
    private final Random random = new Random(5);

    /**
     * One 20 ms block: the app playing at RMS {@code played}, the microphone hearing its echo ({@code echo} times it)
     * and other sound at RMS {@code other}.
     */
    private void block(double played, double echo, double other) {
        double mic = Math.sqrt(Math.pow(echo * played, 2) + other * other);
        share.add(square(mic), square(played), BLOCK, ROOM_NOISE);
    }

    /** {@code seconds} of the app speaking (a word's loudness changes every block, with pauses) over babble. */
    private void appSpeaking(int seconds, double echo, double babble) {
        for (int b = 0; b < seconds * 50; b++) {
            block(random.nextInt(4) == 0 ? 0 : 500 + random.nextInt(5000), echo, babble * (0.5 + random.nextDouble()));
        }
    }

    private static short[] square(double rms) {
        short[] s = new short[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            s[i] = (short) Math.round(i % 2 == 0 ? rms : -rms);
        }
        return s;
    }

    @Test
    void theAppsOwnWordUnderBabbleIsTheApps() {
        appSpeaking(10, ECHO, 1000); // babble about 4 dB under the echo
        for (int b = 0; b < 20; b++) {
            block(4000, ECHO, 1000 * (0.5 + random.nextDouble())); // 10_000 to 10_400 ms
        }

        assertThat(share.wasMostlyPlayed(10_000, 10_400)).isTrue();
    }

    @Test
    void aPersonSixDecibelsOverTheAppIsNot() {
        appSpeaking(10, ECHO, 1000);
        for (int b = 0; b < 20; b++) {
            block(4000, ECHO, 4000); // the person at twice the echo's RMS, with the babble under
        }

        assertThat(share.wasMostlyPlayed(10_000, 10_400)).isFalse();
    }

    /** Loud noise adds much to the microphone's mean energy; early on that must not pass for echo. */
    @Test
    void aPersonSoonAfterTheStartInLoudNoiseIsNot() {
        appSpeaking(6, ECHO, 2500); // noise as loud as the echo
        for (int b = 0; b < 20; b++) {
            block(4000, ECHO, 4500); // the person at twice the echo's RMS, over the noise
        }

        assertThat(share.wasMostlyPlayed(6_000, 6_400)).isFalse();
    }

    @Test
    void aPersonWhileTheAppIsSilentIsNot() {
        appSpeaking(10, ECHO, 1000);
        for (int b = 0; b < 20; b++) {
            block(0, ECHO, 3000);
        }

        assertThat(share.wasMostlyPlayed(10_000, 10_400)).isFalse();
    }

    @Test
    void whereTheLoudspeakerDoesNotReachTheMicrophoneNothingIsTheApps() {
        appSpeaking(10, 0, 1000);
        for (int b = 0; b < 20; b++) {
            block(4000, 0, 3000); // loud, while the app plays loud, but not following it
        }

        assertThat(share.wasMostlyPlayed(10_000, 10_400)).isFalse();
    }

    @Test
    void beforeFiveSecondsOfPlayedSoundItDoesNotJudge() {
        appSpeaking(4, ECHO, 1000);
        for (int b = 0; b < 20; b++) {
            block(4000, ECHO, 500);
        }

        assertThat(share.wasMostlyPlayed(4_000, 4_400)).isFalse();
        appSpeaking(2, ECHO, 1000);
        assertThat(share.wasMostlyPlayed(4_000, 4_400)).as("the same word, asked once it has learnt").isTrue();
    }

    @Test
    void roomNoiseAloneIsNotJudged() {
        appSpeaking(10, ECHO, 1000);
        for (int b = 0; b < 20; b++) {
            block(4000, 0.001, 35); // the echo gone (the loudspeaker turned off) and nothing over the room's noise
        }

        assertThat(share.wasMostlyPlayed(10_000, 10_400)).isFalse();
    }
}
