package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Many commands at random moments (fixed seeds): nothing throws, nothing overlaps uncut, the session still ends. */
class RandomCommandsTest {
    private static final Command[] NOT_STOP = java.util.Arrays.stream(Command.values())
            .filter(c -> c != Command.STOP).toArray(Command[]::new);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomCommandsNeverBreakTheSession(int seed) {
        Random random = new Random(seed);
        ReadyMode mode = ReadyMode.values()[seed % ReadyMode.values().length];
        Harness h = new Harness("full", SessionSettings.defaults().withReadyMode(mode));
        EngineErrors errors = new EngineErrors();
        h.engine.start();
        for (int i = 0; i < 150; i++) {
            h.clock.advanceBy(random.nextInt(random.nextBoolean() ? 1500 : 20_000));
            Command command = random.nextInt(400) == 0 ? Command.STOP : NOT_STOP[random.nextInt(NOT_STOP.length)];
            h.engine.command(command, CommandSource.VOICE);
            h.runNowTasks();
        }
        assertThat(h.finish()).isTrue();
        assertThat(h.recorder.summaries).hasSize(1);
        assertThat(h.recorder.acted).hasSizeGreaterThanOrEqualTo(150);
        EveryCommandInEveryStateTest.assertNoOverlapExceptWhenCut(h.recorder);
        SessionSummary summary = h.recorder.summaries.get(0);
        for (ExerciseResult r : summary.exercises()) {
            if (!r.reached()) {
                assertThat(r.setsDone() + r.repsDone()).isZero();
            }
        }
        errors.close();
        assertThat(errors.errors).isEmpty();
    }
}
