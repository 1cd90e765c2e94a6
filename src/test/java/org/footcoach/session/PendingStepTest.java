package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One step scheduled at a time; a cancelled or replaced step never runs. */
class PendingStepTest {
    private final VirtualClock clock = new VirtualClock();
    private final PendingStep pending = new PendingStep(clock);
    private final List<String> ran = new ArrayList<>();

    @Test
    void aStepRunsAtItsTimeAndIsThenNoLongerPending() {
        pending.at(1_000, () -> ran.add("a"));
        assertThat(pending.isSet()).isTrue();
        assertThat(pending.millisLeft(400)).isEqualTo(600);
        clock.advanceTo(999);
        assertThat(ran).isEmpty();
        clock.advanceTo(1_000);
        assertThat(ran).containsExactly("a");
        assertThat(pending.isSet()).isFalse();
        assertThat(pending.millisLeft(1_000)).isZero();
    }

    @Test
    void aCancelledStepNeverRuns() {
        pending.at(1_000, () -> ran.add("a"));
        pending.cancel();
        clock.runUntilIdle();
        assertThat(ran).isEmpty();
        assertThat(pending.isSet()).isFalse();
    }

    @Test
    void aStepAlreadyPostedButReplacedDoesNothing() {
        pending.at(1_000, () -> ran.add("old"));
        pending.at(2_000, () -> ran.add("new"));
        clock.runUntilIdle();
        assertThat(ran).containsExactly("new");
    }
}
