package org.footcoach.listen.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenApartTest {
    private static final SpokenApart.AppSound APP_SILENT = (from, to) -> false;
    private final SpokenApart apart = new SpokenApart();
    private long now;
    private long wordFrom;
    private long wordTo;

    /** {@code millis} of a square wave at {@code amplitude}, fed in 20 ms chunks. */
    private void sound(int amplitude, int millis) {
        for (int t = 0; t < millis; t += 20) {
            byte[] pcm = new byte[640];
            for (int i = 0; i < pcm.length; i += 2) {
                int v = (i / 2) % 2 == 0 ? amplitude : -amplitude;
                pcm[i] = (byte) v;
                pcm[i + 1] = (byte) (v >> 8);
            }
            apart.feed(pcm, pcm.length);
            now += 20;
        }
    }

    /** The word to judge: {@code millis} of sound at {@code amplitude}. */
    private void word(int amplitude, int millis) {
        wordFrom = now;
        sound(amplitude, millis);
        wordTo = now;
    }

    private boolean wordInTalk(SpokenApart.AppSound app) {
        return apart.inTalk(wordFrom, wordTo, now, app);
    }

    @Test
    void aWordBetweenStretchesOfQuietIsSaidApart() {
        sound(40, 2_000);
        word(8_000, 400);
        sound(40, 600);
        assertThat(wordInTalk(APP_SILENT)).isFalse();
    }

    @Test
    void aWordRightAfterOtherWordsAsLoudIsTalk() {
        sound(40, 2_000);
        sound(6_000, 700); // "the film can"
        sound(40, 40);
        word(8_000, 400); // "wait"
        sound(40, 600);
        assertThat(wordInTalk(APP_SILENT)).isTrue();
    }

    @Test
    void aWordRightBeforeOtherWordsAsLoudIsTalk() {
        sound(40, 2_000);
        word(8_000, 400); // "wait"
        sound(40, 160);
        sound(6_000, 600); // "until you see the garden"
        assertThat(wordInTalk(APP_SILENT)).isTrue();
    }

    @Test
    void whatFollowsIsJudgedOnlyOnceEnoughOfItWasHeard() {
        sound(40, 2_000);
        word(8_000, 400);
        sound(40, 160);
        sound(6_000, 60);
        assertThat(wordInTalk(APP_SILENT)).as("60 ms after the gap").isFalse();
    }

    @Test
    void soundMuchQuieterThanTheWordIsNotTalk() {
        sound(40, 2_000);
        sound(3_000, 700); // more than 6 dB under the word: other people further off, or a television
        word(8_000, 400);
        sound(40, 600);
        assertThat(wordInTalk(APP_SILENT)).isFalse();
    }

    @Test
    void steadyNoiseNearlyAsLoudAsTheWordIsNotTalk() {
        sound(3_000, 3_000); // a loud fan: 5 dB under the word, but the room's floor
        word(5_300, 400);
        sound(3_000, 600);
        assertThat(wordInTalk(APP_SILENT)).isFalse();
    }

    @Test
    void theAppsOwnSoundNextToTheWordIsNotSomeoneElsesTalk() {
        sound(40, 2_000);
        long appFrom = now;
        sound(6_000, 500); // the app says "Seven." and the canceller did not take it out
        long appTo = now;
        sound(40, 100);
        word(8_000, 400); // "done"
        sound(40, 600);
        assertThat(wordInTalk(APP_SILENT)).isTrue();
        assertThat(wordInTalk((a, b) -> a <= appTo && appFrom <= b)).isFalse();
    }

    @Test
    void aWordStretchedOverTheHissBeforeItSoundsOnlyWhereItIsLoud() {
        sound(40, 2_000);
        sound(6_000, 300); // the word before, "faster"
        sound(40, 300);
        long stretchedFrom = now; // the recogniser's "help" starts here, in the hiss
        sound(40, 1_000);
        long heardFrom = now;
        sound(1_000, 60); // the soft "h", 18 dB under the vowel
        sound(8_000, 300);
        long heardTo = now;
        sound(40, 600);

        assertThat(apart.sounding(stretchedFrom, heardTo, now))
                .isEqualTo(new SpokenApart.Span(heardFrom, heardTo));
        assertThat(apart.inTalk(heardFrom, heardTo, now, APP_SILENT)).isFalse();
        assertThat(apart.inTalk(stretchedFrom, heardTo, now, APP_SILENT)).as("the stretched word").isTrue();
    }

    @Test
    void steadyNoiseWithNothingStandingOutKeepsTheSpanAsHeard() {
        sound(300, 3_000);
        assertThat(apart.sounding(1_000, 2_400, now)).isEqualTo(new SpokenApart.Span(1_000, 2_400));
    }
}
