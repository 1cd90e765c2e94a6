package org.footcoach.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.footcoach.session.Command;
import org.footcoach.session.Cue;
import org.junit.jupiter.api.Test;

class EchoGuardTest {

    private final EchoGuard guard = new EchoGuard(500);

    @Test
    void ignoresWordsTheAppIsSayingWhileItSaysThem() {
        guard.onCue(new Cue(10_000, 2_000, "Say ready, or press the pedal.", null, null, null, "x"));
        assertThat(guard.ignores(Command.GO, "ready", 10_400, 10_800)).isTrue();
        assertThat(guard.ignores(null, "press the pedal", 11_000, 11_900)).isTrue();
        assertThat(guard.ignores(Command.GO, "ready", 12_300, 12_400)).as("within the echo margin").isTrue();
    }

    @Test
    void letsTheSameWordThroughBeforeOrAfterTheAppSaysIt() {
        guard.speaking("Say ready.", 10_000, 11_000);
        assertThat(guard.ignores(Command.GO, "ready", 8_000, 8_400)).isFalse();
        assertThat(guard.ignores(Command.GO, "ready", 11_600, 12_000)).isFalse();
    }

    @Test
    void matchesWholeWordsOnly() {
        guard.speaking("Now the other foot. Already there.", 0, 3_000);
        assertThat(guard.ignores(Command.GO, "ready", 1_000, 1_500)).isFalse();
        assertThat(guard.ignores(null, "the other foot", 1_000, 1_500)).isTrue();
    }

    @Test
    void stopAlwaysPassesEvenWhenTheAppSaysIt() {
        guard.speaking("Say stop at any time.", 0, 3_000);
        assertThat(guard.ignores(Command.STOP, "stop", 1_000, 1_400)).isFalse();
    }

    @Test
    void earconsSayNothing() {
        guard.onCue(new Cue(0, 300, null, null, null, org.footcoach.session.Earcon.values()[0], null));
        assertThat(guard.ignores(Command.NEXT, "next", 0, 300)).isFalse();
    }
}
