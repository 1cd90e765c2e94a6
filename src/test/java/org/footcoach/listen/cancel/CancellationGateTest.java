package org.footcoach.listen.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CancellationGateTest {

    /** The app's speech rises and falls: played energy alternates between loud and soft blocks. */
    private static double played(int block) {
        return block % 2 == 0 ? 2e6 : 5e5;
    }

    /** Blocks of echo as loud as the played sound, with {@code takenOutDecibels} taken out, and {@code talk} added. */
    private static void blocks(CancellationGate gate, int count, double takenOutDecibels, double talk) {
        for (int i = 0; i < count; i++) {
            double echo = played(i);
            // Talk on for two blocks, off for two: it does not follow the played sound.
            double talkNow = i % 4 < 2 ? talk : 0;
            gate.echoOnly(played(i), echo + talkNow, echo * Math.pow(10, -takenOutDecibels / 10) + talkNow);
        }
    }

    private static void blocks(CancellationGate gate, int count, double takenOutDecibels) {
        blocks(gate, count, takenOutDecibels, 0);
    }

    @Test
    void cancellingIsUsedOnlyOnceItTakesOutFifteenDecibels() {
        CancellationGate gate = new CancellationGate();
        assertThat(gate.engaged()).as("before any echo").isFalse();
        blocks(gate, 500, 13);
        assertThat(gate.engaged()).as("13 dB taken out").isFalse();
        blocks(gate, 500, 30);
        assertThat(gate.engaged()).as("30 dB taken out").isTrue();
    }

    @Test
    void itStopsWhenLessThanTenDecibelsAreTakenOutAndNotBefore() {
        CancellationGate gate = new CancellationGate();
        blocks(gate, 500, 30);
        blocks(gate, 500, 12);
        assertThat(gate.engaged()).as("12 dB: within the hysteresis").isTrue();
        blocks(gate, 500, 0);
        assertThat(gate.engaged()).as("nothing taken out").isFalse();
    }

    @Test
    void oneBadBlockDoesNotSwitchItOff() {
        CancellationGate gate = new CancellationGate();
        blocks(gate, 500, 30);
        gate.echoOnly(2e6, 2e6, 5e6); // four times the echo on average: a breath the talk detector missed
        assertThat(gate.engaged()).isTrue();
    }

    @Test
    void talkNearbyThatDoesNotFollowThePlayedSoundIsNotTakenForEchoLeftOver() {
        CancellationGate gate = new CancellationGate();
        blocks(gate, 500, 30, 1e6); // people talking about as loud as the echo, from the start
        assertThat(gate.engaged()).as("engaged while they talk").isTrue();
        blocks(gate, 500, 3, 1e6);
        assertThat(gate.engaged()).as("only 3 dB of the echo taken out: a room that rings").isFalse();
    }
}
