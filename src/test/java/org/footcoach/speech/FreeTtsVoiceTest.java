package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FreeTtsVoiceTest {
    private static FreeTtsVoice voice;

    @BeforeAll
    static void loadVoice() {
        voice = new FreeTtsVoice();
    }

    @Test
    void rendersASentenceToPcmOfPlausibleLength() {
        Pcm pcm = voice.render("Lift your left heel off the floor.");
        // Seven words at about 145 words a minute: roughly 2 to 4 seconds.
        assertThat(pcm.millis()).isBetween(1500L, 4500L);
        assertThat(pcm.peak()).isGreaterThan(3000);
    }

    @Test
    void rendersACountWordShort() {
        Pcm pcm = voice.render("seven");
        assertThat(pcm.millis()).isBetween(200L, 1000L);
    }

    @Test
    void levelsToAboutMinus18Dbfs() {
        Pcm pcm = voice.render("Hold on to the counter with both hands.");
        assertThat(Loudness.voicedRmsDbfs(pcm)).isBetween(-21.0, -17.0);
        assertThat(pcm.peak()).isLessThan(32767);
    }

    @Test
    void startsWithSoundNotSilence() {
        Pcm pcm = voice.render("three");
        int firstLoud = 0;
        while (Math.abs(pcm.sampleAt(firstLoud)) < 300) {
            firstLoud++;
        }
        assertThat(firstLoud).isLessThan(Pcm.SAMPLES_PER_MILLI * 10);
    }

    @Test
    void slowerRateGivesLongerSpeech() {
        FreeTtsVoice slow = new FreeTtsVoice(100);
        String text = "Point your toes toward the wall.";
        assertThat(slow.render(text).millis()).isGreaterThan(voice.render(text).millis() * 11 / 10);
    }
}
