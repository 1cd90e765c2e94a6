package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** During the closing words, after the last exercise or after STOP, the snapshot shows no exercise. */
class ClosingSnapshotTest {

    @Test
    void theClosingWordsAfterTheLastExerciseShowNoExercise() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        while (!h.recorder.lastSaid("end.done")) {
            assertThat(h.clock.runNext()).isTrue();
        }
        assertNoExercise(h.recorder.last);
    }

    @Test
    void theClosingWordsAfterStopShowNoExercise() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.HOLDING);
        h.runUntilCount(5);

        h.send(Command.STOP);

        assertThat(Cues.key(h.recorder.lastCue())).contains("end.stopped");
        assertThat(h.recorder.last.state()).isEqualTo(SessionState.ENDED);
        assertNoExercise(h.recorder.last);
    }

    private static void assertNoExercise(SessionSnapshot snapshot) {
        assertThat(snapshot.inExercise()).isEmpty();
    }
}
