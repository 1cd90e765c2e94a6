package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoResidueTest {
    private static final double ROOM_NOISE = 30;

    private final EchoResidue residue = new EchoResidue();

    /** {@code millis} of sound: the microphone at RMS {@code mic}, what went on at RMS {@code left}. */
    private void sound(int millis, int mic, int left) {
        sound(millis, mic, left, true);
    }

    private void sound(int millis, int mic, int left, boolean cancelling) {
        int n = millis * 16;
        residue.add(square(n, mic), square(n, left), square(n, left), n, ROOM_NOISE, cancelling);
    }

    /** {@code millis} of the microphone going on as it was, and what the filter, not used, would have left of it. */
    private void notCancelled(int millis, int mic, int filtered) {
        int n = millis * 16;
        residue.add(square(n, mic), square(n, mic), square(n, filtered), n, ROOM_NOISE, false);
    }

    private static short[] square(int n, int rms) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) (i % 2 == 0 ? rms : -rms);
        }
        return s;
    }

    @Test
    void aWordTheCancellerTookTwentyDecibelsOutOfIsTheAppsOwn() {
        sound(1000, 30, 30);
        sound(400, 3000, 300);
        sound(600, 30, 30);

        assertThat(residue.wasEchoLeftOver(900, 1500)).isTrue();
    }

    @Test
    void aPersonsWordOverTheAppPassesTheCancellerAndIsNot() {
        sound(1000, 3000, 300);
        sound(400, 4200, 3000); // a person at 0 dB over the app's voice: only 3 dB taken out
        sound(600, 3000, 300);

        assertThat(residue.wasEchoLeftOver(900, 1500)).isFalse();
        assertThat(residue.wasEchoLeftOver(0, 1000)).as("the app alone before it").isTrue();
    }

    @Test
    void sixtyMillisecondsNotTakenOutAreSomeoneElseButFortyAreTheCancellersMiss() {
        sound(300, 3000, 300);
        sound(40, 3000, 1000);
        sound(300, 3000, 300);
        sound(60, 3000, 1000);
        sound(300, 3000, 300);

        assertThat(residue.wasEchoLeftOver(0, 640)).as("40 ms").isTrue();
        assertThat(residue.wasEchoLeftOver(0, 1000)).as("60 ms").isFalse();
    }

    @Test
    void roomNoiseAloneIsNeither() {
        sound(2000, 35, 35);

        assertThat(residue.wasEchoLeftOver(0, 2000)).as("nothing stood out to be taken out").isFalse();
    }

    @Test
    void whereTheCancellerIsNotUsedNothingIsCalledEcho() {
        sound(2000, 3000, 3000, false); // the cancellation gate let the microphone through as it is

        assertThat(residue.wasEchoLeftOver(0, 2000)).isFalse();
    }

    @Test
    void soundTooLongAgoOrNotYetHeardIsUnknown() {
        sound(40_000, 3000, 300);

        assertThat(residue.wasEchoLeftOver(0, 5_000)).as("forgotten after half a minute").isFalse();
        assertThat(residue.wasEchoLeftOver(41_000, 42_000)).as("not heard yet").isFalse();
        assertThat(residue.wasEchoLeftOver(35_000, 36_000)).isTrue();
    }

    @Test
    void knowsWhereTheCancelledSoundWentOn() {
        sound(1000, 3000, 3000, false); // the gate had not opened yet
        sound(2000, 3000, 300, true);

        assertThat(residue.wasCancelling(1000, 3000)).isTrue();
        assertThat(residue.wasCancelling(900, 1500)).as("partly before").isFalse();
        assertThat(residue.wasCancelling(3000, 3500)).as("not heard yet").isFalse();
    }

    @Test
    void inANoisyRoomAWordTheFilterWouldHaveCutIsTheAppsOwn() {
        notCancelled(1000, 1500, 1200); // the room's noise and the app's voice: the gate keeps the filter out
        notCancelled(400, 3000, 1900);  // the app's word, 4 dB of it taken out by the filter, unused
        notCancelled(600, 1500, 1200);

        assertThat(residue.wasEchoLeftIn(1000, 1400)).isTrue();
        assertThat(residue.wasEchoLeftOver(1000, 1400)).as("nothing was taken out of what went on").isFalse();
    }

    @Test
    void aPersonLouderThanTheAppInANoisyRoomIsNot() {
        notCancelled(1000, 1500, 1200);
        notCancelled(400, 6000, 5400); // the person at 6 dB over the app: under 1 dB taken out
        notCancelled(600, 1500, 1200);

        assertThat(residue.wasEchoLeftIn(1000, 1400)).isFalse();
    }

    @Test
    void whereTheCancelledSoundWentOnTheWordIsLeftToTheOtherCheck() {
        sound(2000, 3000, 1900, true);

        assertThat(residue.wasEchoLeftIn(0, 2000)).isFalse();
    }

    @Test
    void quietOrTooShortIsNotJudged() {
        notCancelled(1000, 35, 10);  // nothing stands out of the room's noise
        notCancelled(40, 3000, 300); // two blocks
        notCancelled(960, 35, 10);

        assertThat(residue.wasEchoLeftIn(0, 2000)).isFalse();
    }
}
