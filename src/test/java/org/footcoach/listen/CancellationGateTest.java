package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CancellationGateTest {

    private static void blocks(CancellationGate gate, int count, double takenOutDecibels) {
        for (int i = 0; i < count; i++) {
            gate.echoOnly(1e6, 1e6 * Math.pow(10, -takenOutDecibels / 10));
        }
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
        blocks(gate, 1, -6); // four times louder: a breath the talk detector missed
        assertThat(gate.engaged()).isTrue();
    }
}
