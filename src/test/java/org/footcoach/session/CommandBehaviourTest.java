package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandBehaviourTest {
    private final Phrases phrases = new Phrases();

    @Test
    void pauseMidHoldKeepsThePositionAndResumeSaysWhereItIs() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        assertThat(h.runUntil(SessionState.HOLDING)).isTrue();
        assertThat(h.runUntilCount(6)).isTrue();
        h.send(Command.PAUSE);
        assertThat(h.state()).isEqualTo(SessionState.PAUSED);
        assertThat(h.recorder.last.awaiting()).isEqualTo(Awaiting.RESUME);
        h.clock.runUntilIdle();
        int said = h.recorder.cues.size();
        assertThat(h.recorder.texts().subList(h.recorder.texts().size() - 2, h.recorder.texts().size()))
                .containsExactly(phrases.text("pause.paused"), phrases.text("pause.how"));
        h.clock.advanceBy(120_000);
        assertThat(h.recorder.cues).hasSize(said);

        long resumedAt = h.clock.millis();
        h.send(Command.GO);
        h.clock.runUntilIdle();
        List<Cue.Speech> afterResume = TimelineTest.after(h.recorder.speech(), resumedAt);
        assertThat(afterResume.subList(0, 4)).extracting(Cue.Speech::text)
                .containsExactly("Keep still.", "Seven", "Eight", "Nine");
        assertThat(afterResume.get(0).atMillis()).isEqualTo(resumedAt);
        for (int i = 2; i < 4; i++) {
            assertThat(afterResume.get(i).atMillis() - afterResume.get(i - 1).atMillis()).isEqualTo(1000);
        }
        assertThat(h.recorder.holds.get(0)).isEqualTo("calf-stretch side 1 set 1 20s");
        SessionSummary summary = h.recorder.summaries.get(0);
        assertThat(summary.exercises().get(0).status()).isEqualTo(ExerciseResult.Status.DONE);
        assertThat(summary.exercises().get(0).heldSeconds()).isEqualTo(80);
    }

    @Test
    void doneEndsAHoldEarlyAndItCountsAsDone() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.HOLDING);
        h.runUntilCount(8);
        h.send(Command.DONE);
        assertThat(h.recorder.acted).containsExactly(true);
        h.clock.runUntilIdle();
        assertThat(h.recorder.holds.get(0)).isEqualTo("calf-stretch side 1 set 1 8s early");
        assertThat(h.recorder.holds).hasSize(4);
        ExerciseResult result = h.recorder.summaries.get(0).exercises().get(0);
        assertThat(result.setsDone()).isEqualTo(4);
        assertThat(result.heldSeconds()).isEqualTo(8 + 3 * 20);
        assertThat(result.endedEarly()).isTrue();
        assertThat(result.status()).isEqualTo(ExerciseResult.Status.DONE);
    }

    @Test
    void doneInTimedWorkRecordsTheSecondsDone() {
        Plan plan = new PlanBuilder().build(Fixtures.content(),
                new org.footcoach.content.Routine("t", "T", List.of("sensory-bucket")));
        Harness h = new Harness(plan, SessionSettings.headless(), Fixtures.wordLengths());
        h.engine.start();
        h.runUntil(SessionState.TIMING);
        h.clock.advanceBy(45_000);
        h.send(Command.DONE);
        h.clock.runUntilIdle();
        ExerciseResult result = h.recorder.summaries.get(0).exercises().get(0);
        assertThat(result.timedSeconds()).isEqualTo(45);
        assertThat(result.endedEarly()).isTrue();
    }

    @Test
    void stopMidExerciseGivesACorrectSummary() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.HOLDING);
        h.runUntilCount(5);
        h.send(Command.STOP);
        assertThat(h.state()).isEqualTo(SessionState.ENDED);
        h.clock.runUntilIdle();
        assertThat(h.recorder.summaries).hasSize(1);
        SessionSummary summary = h.recorder.summaries.get(0);
        assertThat(summary.stoppedEarly()).isTrue();
        assertThat(summary.exercises()).extracting(ExerciseResult::status).containsExactly(
                ExerciseResult.Status.DONE, ExerciseResult.Status.DONE, ExerciseResult.Status.PARTLY_DONE,
                ExerciseResult.Status.NOT_REACHED);
        assertThat(summary.exercises().get(0).repsDone()).isEqualTo(40);
        assertThat(summary.exercises().get(1).repsDone()).isEqualTo(20);
        assertThat(summary.exercises().get(2).setsDone()).isZero();
        assertThat(summary.exercises().get(2).heldSeconds()).isZero();
        assertThat(h.recorder.keys().subList(h.recorder.keys().size() - 3, h.recorder.keys().size()))
                .as("stopped while standing: sit down before the foot check")
                .containsExactly("end.stopped", "end.sit-down", "end.check-feet");
        assertThat(h.recorder.interruptions).isNotEmpty();
        h.send(Command.GO);
        h.send(Command.STOP);
        assertThat(h.recorder.acted.subList(1, 3)).containsExactly(false, false);
    }

    @Test
    void nextSkipsAndBackGoesToThePreviousExercise() {
        Harness h = new Harness("full", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        h.send(Command.NEXT);
        h.runUntil(SessionState.HOLDING);
        h.send(Command.NEXT);
        h.runUntil(SessionState.HOLDING);
        h.send(Command.BACK);
        h.clock.runUntilIdle();
        List<String> starts = h.recorder.events.stream().filter(e -> e.startsWith("exercise ")).toList();
        assertThat(starts.subList(0, 4)).containsExactly("exercise 0 ankle-rolls side 1",
                "exercise 1 hamstring-stretch side 1", "exercise 2 calf-stretch side 1",
                "exercise 1 hamstring-stretch side 1");
        SessionSummary summary = h.recorder.summaries.get(0);
        assertThat(summary.exercises().get(0).skipped()).isTrue();
        assertThat(summary.exercises().get(0).status()).isEqualTo(ExerciseResult.Status.PARTLY_DONE);
        assertThat(summary.exercises().get(1).status()).isEqualTo(ExerciseResult.Status.DONE);
        assertThat(summary.stoppedEarly()).isFalse();
    }

    @Test
    void nextIntoStandingWorkAlwaysGivesTheSupportPrompt() {
        Harness h = new Harness("full", SessionSettings.defaults());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        for (int i = 0; i < 4; i++) {
            h.send(Command.NEXT);
        }
        h.clock.runUntilIdle();
        assertThat(h.state()).isEqualTo(SessionState.WAITING_FOR_GO);
        assertThat(h.recorder.last.inExercise()).map(SessionSnapshot.InExercise::index).contains(4);
        List<String> keys = h.recorder.keys();
        assertThat(keys.subList(keys.size() - 3, keys.size()))
                .containsExactly("get-ready.1", "get-ready.2", "get-ready.wait");
        h.send(Command.GO);
        h.runUntil(SessionState.COUNTING);
        assertThat(h.recorder.last.inExercise().orElseThrow().exercise().id()).isEqualTo("heel-toe-raises");
    }

    @Test
    void repeatSaysTheStepsAgainThenRestartsTheSet() {
        Harness h = new Harness("reps-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        h.runUntilCount(4);
        h.send(Command.REPEAT);
        h.clock.runUntilIdle();
        List<String> texts = h.recorder.texts();
        int four = texts.indexOf("Four");
        assertThat(texts.subList(four + 1, four + 7)).containsExactly("Heel and toe raises",
                "Heel and toe raises step one.", "Heel and toe raises step two.", "Heel and toe raises safety.",
                "Off you go.", "One");
        assertThat(h.recorder.events.stream().filter(e -> e.startsWith("exercise ")).count()).isEqualTo(1);
    }

    @Test
    void slowerWidensTheBeatFromTheNextCount() {
        Harness h = new Harness("reps-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        h.runUntilCount(3);
        h.send(Command.SLOWER);
        h.clock.runUntilIdle();
        List<Cue.Speech> counts = h.recorder.speech().stream().filter(c -> c.count().isPresent()).toList();
        assertThat(counts.get(1).atMillis() - counts.get(0).atMillis()).isEqualTo(2000);
        assertThat(counts.get(3).atMillis() - counts.get(2).atMillis()).isEqualTo(2300);
        assertThat(counts.get(4).atMillis() - counts.get(3).atMillis()).isEqualTo(2300);
        assertThat(h.recorder.last.tempoFactor()).isEqualTo(1.15);
    }

    @Test
    void fasterStopsAtTheFastestTempo() {
        Harness h = new Harness("reps-only", SessionSettings.headless().withTempoFactor(SessionSettings.FASTEST));
        h.engine.start();
        h.send(Command.FASTER);
        assertThat(h.recorder.acted).containsExactly(false);
    }

    @Test
    void helpPausesAndSaysTheCommands() {
        Harness h = new Harness("hold-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.HOLDING);
        h.send(Command.HELP);
        h.clock.runUntilIdle();
        assertThat(h.state()).isEqualTo(SessionState.PAUSED);
        assertThat(h.recorder.keys()).containsSubsequence(phrases.numbered("help"));
        assertThat(h.recorder.keys().get(h.recorder.keys().size() - 1)).isEqualTo("pause.how");
    }

    @Test
    void pauseDuringARestKeepsTheRestLeft() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        while (!(h.state() == SessionState.RESTING && h.recorder.lastSaid("exercise.ankle-pumps.name"))) {
            assertThat(h.clock.runNext()).isTrue();
        }
        Cue next = h.recorder.lastCue();
        assertThat(h.recorder.last.nextUp().orElseThrow().id()).isEqualTo("ankle-pumps");
        assertThat(h.recorder.last.inExercise().orElseThrow().exercise().id()).isEqualTo("ankle-rolls");
        long restEnds = next.endMillis() + SessionSettings.headless().gapMillis()
                + 1000L * SessionSettings.headless().restSeconds();
        h.clock.advanceTo(restEnds - 6000);
        h.send(Command.PAUSE);
        h.clock.advanceBy(60_000);
        long resumedAt = h.clock.millis();
        h.send(Command.GO);
        h.clock.runNext();
        Cue still = h.recorder.lastCue();
        assertThat(Cues.key(still)).contains("resume.rest");
        assertThat(still.atMillis()).isEqualTo(resumedAt);
        while (h.recorder.lastCue() == still) {
            h.clock.runNext();
        }
        assertThat(h.recorder.lastCue().atMillis())
                .isEqualTo(still.endMillis() + SessionSettings.headless().gapMillis() + 6000);
    }

    @Test
    void aFailingListenerDoesNotStopTheSession() {
        Harness h = new Harness("reps-only", SessionSettings.headless());
        h.engine.addListener(new SessionListener() {
            @Override
            public void cue(Cue cue) {
                throw new IllegalStateException("listener broke on purpose");
            }
        });
        try (EngineErrors errors = new EngineErrors()) {
            h.engine.start();
            h.clock.runUntilIdle();
            assertThat(h.state()).isEqualTo(SessionState.ENDED);
            assertThat(errors.errors).isNotEmpty()
                    .allMatch(e -> e.startsWith("A session listener failed; the session goes on."));
        }
    }

    @Test
    void slowerWhilePausedCountsSlowerAfterResume() {
        Harness h = new Harness("reps-only", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        h.runUntilCount(2);
        h.send(Command.PAUSE);
        h.send(Command.SLOWER);
        h.send(Command.GO);
        h.clock.runUntilIdle();
        List<Cue.Speech> counts = h.recorder.speech().stream().filter(c -> c.count().isPresent()).toList();
        assertThat(counts.get(3).atMillis() - counts.get(2).atMillis()).isEqualTo(2300);
    }

    @Test
    void pauseInTimedWorkKeepsTheTimeLeft() {
        Plan plan = new PlanBuilder().build(Fixtures.content(),
                new org.footcoach.content.Routine("t", "T", List.of("sensory-bucket")));
        Harness h = new Harness(plan, SessionSettings.headless(), Fixtures.wordLengths());
        h.engine.start();
        h.runUntil(SessionState.TIMING);
        long workStart = h.clock.millis();
        h.clock.advanceTo(workStart + 40_000);
        h.send(Command.PAUSE);
        h.clock.advanceBy(100_000);
        long resumedAt = h.clock.millis();
        h.send(Command.GO);
        h.clock.runUntilIdle();
        List<Cue.Speech> after = TimelineTest.after(h.recorder.speech(), resumedAt);
        assertThat(after.get(0).phraseKey()).contains("resume.timed");
        long carryOnEnd = after.get(0).endMillis() + SessionSettings.headless().gapMillis();
        assertThat(after.get(1).phraseKey()).contains("exercise.sensory-bucket.reminder.2");
        assertThat(after.get(1).atMillis()).isEqualTo(carryOnEnd + 5_000);
        assertThat(after.get(2).text()).isEqualTo("Two minutes to go.");
        assertThat(after.get(2).atMillis()).isEqualTo(carryOnEnd + 20_000);
        ExerciseResult result = h.recorder.summaries.get(0).exercises().get(0);
        assertThat(result.timedSeconds()).isEqualTo(180);
        assertThat(result.endedEarly()).isFalse();
    }

    @Test
    void pauseDuringTheCountdownWaitsForGoInstead() {
        Harness h = new Harness("standing", SessionSettings.defaults().withReadyMode(ReadyMode.COUNTDOWN));
        h.engine.start();
        h.runUntil(SessionState.COUNTING_DOWN);
        h.clock.runNext();
        h.send(Command.PAUSE);
        h.clock.runUntilIdle();
        assertThat(h.state()).isEqualTo(SessionState.WAITING_FOR_GO);
        assertThat(Cues.key(h.recorder.lastCue())).contains("get-ready.wait");
        h.send(Command.GO);
        assertThat(Cues.key(h.recorder.lastCue())).contains("get-ready.go");
    }
}
