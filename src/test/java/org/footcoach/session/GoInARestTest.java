package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GO in a rest ends it now: in its silence, and while it is announced, between sets as between exercises. */
class GoInARestTest {

    @Test
    void goDuringARestGoesOnAtOnce() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.HOLDING);
        runUntilSaid(h, "work.end");
        h.clock.runNext();
        h.clock.advanceBy(1500);
        long at = h.clock.millis();
        h.send(Command.GO);
        assertThat(h.recorder.acted).containsExactly(true);
        assertThat(h.recorder.lastCue().atMillis()).isEqualTo(at);
        assertThat(Cues.key(h.recorder.lastCue())).contains("set.again");
    }

    @Test
    void goWhileAndRestIsSaidBetweenSetsEndsTheRestAtOnce() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.HOLDING);
        runUntilSaid(h, "work.end");
        h.clock.advanceBy(200);
        long at = h.clock.millis();

        h.send(Command.GO);

        assertThat(h.recorder.acted).containsExactly(true);
        assertThat(h.recorder.interruptions).containsExactly(at);
        Cue.Speech next = TimelineTest.after(h.recorder.speech(), at).get(0);
        assertThat(next.atMillis()).isEqualTo(at);
        assertThat(next.phraseKey()).contains("set.again");
        assertThat(h.state()).isEqualTo(SessionState.SPEAKING);
    }

    @Test
    void goWhileAndRestIsSaidAfterTheLastSetGoesOnToTheNextExercise() {
        Harness h = new Harness("standing", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        runUntilSaid(h, "work.end");
        h.clock.advanceBy(200);
        long at = h.clock.millis();

        h.send(Command.GO);

        assertThat(h.recorder.acted).last().isEqualTo(true);
        assertThat(h.recorder.interruptions).containsExactly(at);
        assertThat(h.recorder.events).last().isEqualTo("exercise 1 single-leg-balance side 1");
        assertThat(TimelineTest.after(h.recorder.speech(), at).get(0).atMillis()).isEqualTo(at);
        h.clock.runUntilIdle();
        assertThat(h.recorder.keys()).doesNotContain("rest.well-done", "rest.next");
    }

    @Test
    void goWhileTheRestIsAnnouncedEndsTheRestAtOnce() {
        Harness h = new Harness("standing", SessionSettings.headless());
        h.engine.start();
        while (!h.recorder.lastSaid("rest.well-done")) {
            assertThat(h.clock.runNext()).isTrue();
        }
        assertThat(h.state()).isEqualTo(SessionState.RESTING);
        assertThat(h.recorder.last.nextUp().orElseThrow().id()).as("the rest card with Start now shows").isEqualTo(
                "single-leg-balance");
        h.clock.advanceBy(200);
        long at = h.clock.millis();

        h.send(Command.GO);

        assertThat(h.recorder.acted).containsExactly(true);
        assertThat(h.recorder.interruptions).containsExactly(at);
        assertThat(h.recorder.events).last().isEqualTo("exercise 1 single-leg-balance side 1");
        Cue.Speech next = TimelineTest.after(h.recorder.speech(), at).get(0);
        assertThat(next.atMillis()).isEqualTo(at);
        assertThat(next.phraseKey()).hasValueSatisfying(k -> assertThat(k).doesNotStartWith("rest."));
        h.clock.runUntilIdle();
        assertThat(h.recorder.keys()).containsOnlyOnce("rest.well-done").doesNotContain("rest.next");
    }

    @Test
    void goWhileStillRestingIsSaidAfterAResumeEndsTheRestAtOnce() {
        Harness h = new Harness("standing", SessionSettings.headless());
        h.engine.start();
        while (!(h.state() == SessionState.RESTING && h.recorder.last.restSecondsLeft() > 0)) {
            assertThat(h.clock.runNext()).isTrue();
        }
        h.clock.advanceBy(3000);
        h.send(Command.PAUSE);
        h.clock.advanceBy(2000);
        h.send(Command.GO);
        h.clock.advanceBy(200);
        assertThat(h.recorder.lastSaid("resume.rest")).isTrue();
        long at = h.clock.millis();

        h.send(Command.GO);

        assertThat(h.recorder.acted).last().isEqualTo(true);
        assertThat(h.recorder.events).last().isEqualTo("exercise 1 single-leg-balance side 1");
        assertThat(TimelineTest.after(h.recorder.speech(), at).get(0).atMillis()).isEqualTo(at);
        h.clock.runUntilIdle();
        assertThat(h.recorder.keys()).containsOnlyOnce("resume.rest");
    }

    /** Runs until the cue just given is the phrase {@code key}, said in a rest ("And rest." is work.end). */
    private static void runUntilSaid(Harness h, String key) {
        while (!(h.state() == SessionState.RESTING && h.recorder.lastSaid(key))) {
            assertThat(h.clock.runNext()).isTrue();
        }
    }
}
