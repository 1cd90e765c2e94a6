package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.content.Exercise;
import org.footcoach.content.Kind;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private final SessionSettings headless = SessionSettings.headless();

    @Test
    void fullRoutineRunsToTheEndOnTheVirtualClock() {
        Harness h = new Harness("full", headless);
        h.engine.start();
        h.clock.runUntilIdle();

        assertThat(h.state()).isEqualTo(SessionState.ENDED);
        assertThat(h.recorder.summaries).hasSize(1);
        SessionSummary summary = h.recorder.summaries.get(0);
        assertThat(summary.stoppedEarly()).isFalse();
        assertThat(summary.exercises()).hasSize(11)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ExerciseResult.Status.DONE));
        assertThat(summary.exercises().get(0).repsDone()).isEqualTo(10 * 2 * 2);
        assertThat(summary.exercises().get(1).heldSeconds()).isEqualTo(20 * 2 * 2);
        assertThat(summary.exercises().get(9).timedSeconds()).isEqualTo(180);
        assertThat(h.clock.millis()).isGreaterThan(20 * 60_000L);
        List<String> texts = h.recorder.texts();
        for (Exercise e : Fixtures.content().exercises()) {
            assertThat(texts).contains(e.name());
        }
        assertThat(Cues.words(h.recorder.lastCue())).isEqualTo(new Phrases().text("end.check-feet"));
    }

    @Test
    void noTwoCuesOverlapAndEachKeepsTheGap() {
        List<Cue> cues = CueTimeline.render(Fixtures.plan("full"), Fixtures.wordLengths(), headless);
        assertThat(cues).hasSizeGreaterThan(500);
        for (int i = 1; i < cues.size(); i++) {
            Cue before = cues.get(i - 1);
            Cue cue = cues.get(i);
            assertThat(cue.atMillis())
                    .as("cue %d '%s' after '%s'", i, Cues.words(cue), Cues.words(before))
                    .isGreaterThanOrEqualTo(before.endMillis() + headless.gapMillis());
        }
    }

    @Test
    void repCountsSitExactlyOnTheBeat() {
        List<Cue> cues = CueTimeline.render(Fixtures.plan("reps-only"), Fixtures.wordLengths(), headless);
        List<Cue> counts = cues.stream().filter(c -> Cues.count(c).isPresent()).toList();
        assertThat(counts).extracting(c -> Cues.count(c).getAsInt())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        long start = counts.get(0).atMillis();
        for (int n = 0; n < counts.size(); n++) {
            assertThat(counts.get(n).atMillis()).isEqualTo(start + n * 2000L);
        }
    }

    @Test
    void holdCountsEverySecondAndEndsWithAndRest() {
        List<Cue> cues = CueTimeline.render(Fixtures.plan("hold-only"), Fixtures.wordLengths(), headless);
        List<String> texts = Cues.speech(cues).stream().map(Cue.Speech::text).toList();
        int hold = texts.indexOf("Keep still.");
        assertThat(texts.subList(hold, hold + 4)).containsExactly("Keep still.", "One", "Two", "Three");
        assertThat(texts.get(hold + 21)).isEqualTo("Relax a moment.");
        List<Cue> firstHold = cues.stream().filter(c -> Cues.count(c).isPresent()).limit(20).toList();
        for (int n = 1; n < firstHold.size(); n++) {
            assertThat(firstHold.get(n).atMillis() - firstHold.get(n - 1).atMillis()).isEqualTo(1000);
        }
        int holdEnd = indexOf(cues, Earcon.HOLD_END);
        assertThat(cues.get(holdEnd).atMillis()).isEqualTo(firstHold.get(19).atMillis() + 1000);
    }

    @Test
    void longCountWordsWidenTheTempoAndNeverOverlap() {
        SpeechLength slowNumbers = new SpeechLength() {
            @Override
            public long sayMillis(String phraseKey, String text) {
                return phraseKey != null && phraseKey.startsWith("count.") ? 2400 : 700;
            }

            @Override
            public long earconMillis(Earcon earcon) {
                return 200;
            }
        };
        List<Cue> counts = CueTimeline.render(Fixtures.plan("reps-only"), slowNumbers, headless).stream()
                .filter(c -> Cues.count(c).isPresent()).toList();
        long period = 2400 + headless.gapMillis();
        for (int n = 1; n < counts.size(); n++) {
            assertThat(counts.get(n).atMillis() - counts.get(n - 1).atMillis()).isEqualTo(period);
        }
    }

    @Test
    void timedWorkSpeaksTheMinuteClockEveryThirtySeconds() {
        Plan plan = new PlanBuilder().build(Fixtures.content(),
                new org.footcoach.content.Routine("t", "T", List.of("sensory-bucket")));
        List<Cue> cues = CueTimeline.render(plan, Fixtures.wordLengths(), headless);
        int start = indexOfKey(cues, "work.start");
        long anchor = cues.get(start).endMillis() + headless.gapMillis();
        List<Cue.Speech> clock = Cues.speech(cues).stream()
                .filter(c -> c.phraseKey().filter(k -> k.startsWith("clock.")).isPresent()).toList();
        assertThat(clock).extracting(Cue.Speech::text).containsExactly("Two minutes thirty to go.",
                "Two minutes to go.", "One minute thirty to go.", "One minute to go.", "Thirty seconds to go.");
        for (int k = 0; k < clock.size(); k++) {
            assertThat(clock.get(k).atMillis()).isEqualTo(anchor + 30_000L * (k + 1));
        }
        assertThat(cues.get(indexOf(cues, Earcon.HOLD_END)).atMillis()).isEqualTo(anchor + 180_000L);
    }

    @Test
    void otherFootIsSaidBetweenSidesNeverMidCount() {
        List<Cue> cues = CueTimeline.render(Fixtures.plan("full"), Fixtures.wordLengths(), headless);
        int switches = 0;
        for (int i = 0; i < cues.size(); i++) {
            if (Cues.key(cues.get(i)).filter(k -> k.equals("side.other") || k.endsWith(".side.left")).isPresent()) {
                switches++;
                Integer before = lastCountBefore(cues, i);
                Integer after = firstCountAfter(cues, i);
                String exercise = cues.get(i).exerciseId().orElse(null);
                Exercise e = Fixtures.content().exercise(exercise).orElseThrow();
                if (e.kind() != Kind.TIMED) {
                    int total = e.kind() == Kind.REPS ? e.dose().reps().value() : e.dose().holdSeconds().value();
                    assertThat(before).as(exercise).isEqualTo(total);
                    assertThat(after).as(exercise).isEqualTo(1);
                }
            }
        }
        assertThat(switches).isEqualTo(9);
    }

    @Test
    void countdownModeCountsFiveSecondsThenGoesOnWithoutGo() {
        Harness h = new Harness("standing", SessionSettings.defaults().withReadyMode(ReadyMode.COUNTDOWN));
        h.engine.start();
        h.clock.runUntilIdle();
        assertThat(h.state()).isEqualTo(SessionState.ENDED);
        List<Cue.Speech> cues = h.recorder.speech();
        int intro = indexOfKey(cues, "get-ready.countdown");
        List<Cue.Speech> countdown = cues.subList(intro + 1, intro + 6);
        assertThat(countdown).extracting(c -> c.count().getAsInt()).containsExactly(5, 4, 3, 2, 1);
        for (int n = 1; n < 5; n++) {
            assertThat(countdown.get(n).atMillis() - countdown.get(n - 1).atMillis()).isEqualTo(1000);
        }
        assertThat(cues.get(intro + 6).phraseKey()).contains("get-ready.go");
    }

    @Test
    void waitsForGoBeforeTheFirstStandingExerciseOnly() {
        Harness h = new Harness("full", SessionSettings.defaults());
        h.engine.start();
        h.clock.runUntilIdle();
        assertThat(h.state()).isEqualTo(SessionState.WAITING_FOR_GO);
        assertThat(h.recorder.last.awaiting()).isEqualTo(Awaiting.READY);
        assertThat(Cues.key(h.recorder.lastCue())).contains("get-ready.wait");
        int said = h.recorder.cues.size();
        h.clock.advanceBy(600_000);
        assertThat(h.recorder.cues).hasSize(said);
        assertThat(h.state()).isEqualTo(SessionState.WAITING_FOR_GO);

        h.send(Command.GO);
        h.clock.runUntilIdle();
        assertThat(h.state()).isEqualTo(SessionState.ENDED);
        assertThat(h.recorder.keys().stream().filter("get-ready.1"::equals).count()).isEqualTo(1);
        assertThat(h.recorder.keys().stream().filter("sit-down.1"::equals).count()).isEqualTo(2);
    }

    @Test
    void estimateIsCloseToTheRenderedLength() {
        Plan plan = Fixtures.plan("full");
        List<Cue> cues = CueTimeline.render(plan, Fixtures.wordLengths(), headless);
        long rendered = cues.get(cues.size() - 1).endMillis();
        long estimate = PlanDuration.estimateMillis(plan, Fixtures.wordLengths(), headless);
        assertThat((double) estimate).isBetween(rendered * 0.95, rendered * 1.05);
    }

    @Test
    void minutesLeftCountDownToZero() {
        Harness h = new Harness("full", headless);
        List<Integer> minutes = new ArrayList<>();
        h.engine.addListener(new SessionListener() {
            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                minutes.add(snapshot.minutesLeft());
            }
        });
        h.engine.start();
        h.clock.runUntilIdle();
        long estimate = PlanDuration.estimateMillis(h.engine.plan(), WordRateLength.typical(), headless);
        assertThat(minutes.get(0)).isEqualTo((int) Math.ceil(estimate / 60000.0));
        assertThat(minutes.get(0)).isGreaterThan(20);
        assertThat(minutes.get(minutes.size() - 1)).isZero();
        for (int i = 1; i < minutes.size(); i++) {
            assertThat(minutes.get(i)).isLessThanOrEqualTo(minutes.get(i - 1));
        }
    }

    @Test
    void buildingAnEngineAsksNoSpeechLengths() {
        int[] asked = new int[1];
        SpeechLength counting = new SpeechLength() {
            @Override
            public long sayMillis(String phraseKey, String text) {
                asked[0]++;
                return 500;
            }

            @Override
            public long earconMillis(Earcon earcon) {
                asked[0]++;
                return 200;
            }
        };
        VirtualClock clock = new VirtualClock();
        new SessionEngine(Fixtures.plan("full"), clock, clock, counting, headless);
        assertThat(asked[0]).isZero();
    }

    private static int indexOf(List<Cue> cues, Earcon earcon) {
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i) instanceof Cue.Sound sound && sound.earcon() == earcon) {
                return i;
            }
        }
        throw new AssertionError("no " + earcon);
    }

    static int indexOfKey(List<? extends Cue> cues, String key) {
        for (int i = 0; i < cues.size(); i++) {
            if (Cues.key(cues.get(i)).filter(key::equals).isPresent()) {
                return i;
            }
        }
        throw new AssertionError("no cue " + key);
    }

    private static Integer lastCountBefore(List<Cue> cues, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (Cues.count(cues.get(j)).isPresent()) {
                return Cues.count(cues.get(j)).getAsInt();
            }
        }
        return null;
    }

    private static Integer firstCountAfter(List<Cue> cues, int i) {
        for (int j = i + 1; j < cues.size(); j++) {
            if (Cues.count(cues.get(j)).isPresent()) {
                return Cues.count(cues.get(j)).getAsInt();
            }
        }
        return null;
    }

    static <C extends Cue> List<C> after(List<C> cues, long millis) {
        List<C> out = new ArrayList<>();
        for (C c : cues) {
            if (c.atMillis() >= millis) {
                out.add(c);
            }
        }
        return out;
    }
}
