package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** During the closing words, after the last exercise or after STOP, the snapshot shows no exercise. */
class ClosingSnapshotTest {

    @Test
    void theClosingWordsAfterTheLastExerciseShowNoExercise() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        while (h.recorder.cues.isEmpty() || !"end.done".equals(h.recorder.lastCue().phraseKey())) {
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

        assertThat(h.recorder.lastCue().phraseKey()).isEqualTo("end.stopped");
        assertThat(h.recorder.last.state()).isEqualTo(SessionState.ENDED);
        assertNoExercise(h.recorder.last);
    }

    private static void assertNoExercise(SessionSnapshot snapshot) {
        assertThat(snapshot.exerciseIndex()).isEqualTo(-1);
        assertThat(snapshot.exercise()).isNull();
        assertThat(snapshot.sides()).isZero();
        assertThat(snapshot.sets()).isZero();
    }
}
