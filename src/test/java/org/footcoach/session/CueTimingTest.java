package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When cues may start: after the last cue plus the gap, on the beat of a counted run, never squeezed. */
class CueTimingTest {
    private static final long GAP = SessionSettings.defaults().gapMillis();

    private final Plan plan = Fixtures.plan("reps-only");
    private final VirtualClock clock = new VirtualClock(10_000);
    private final CueTiming timing = new CueTiming(new LivePlan(plan), clock, Fixtures.wordLengths(), SessionSettings.defaults());

    private List<PlanStep> counts() {
        return plan.steps().stream().filter(s -> s instanceof PlanStep.Count).toList();
    }

    @Test
    void theNextCueWaitsForTheGapAfterSpeechButNeverStartsInThePast() {
        timing.freeFrom(10_000);
        timing.spoke(10_000, 700);
        assertThat(timing.earliest()).isEqualTo(10_700 + GAP);
        clock.advanceTo(20_000);
        assertThat(timing.earliest()).isEqualTo(20_000);
    }

    @Test
    void cuttingSpeechOnlyReportsSpeechThatWasStillSounding() {
        timing.spoke(10_000, 1_000);
        assertThat(timing.speaking(10_500)).isTrue();
        assertThat(timing.cutSpeech(10_500)).isTrue();
        assertThat(timing.speaking(10_500)).isFalse();
        assertThat(timing.cutSpeech(10_600)).isFalse();
    }

    @Test
    void goInARestStartsTheNextCueNowButNotBeforeTheGapAfterSpeech() {
        timing.spoke(10_000, 350);
        timing.silence(10_650, 15_000);
        assertThat(timing.inRest(12_000)).isTrue();
        assertThat(timing.restLeft(12_000)).isEqualTo(25_650 - 12_000);
        timing.endRest(10_400);
        assertThat(timing.inRest(10_400)).isFalse();
        assertThat(timing.restLeft(10_400)).isZero();
        assertThat(timing.earliest()).isEqualTo(10_350 + GAP);
    }

    @Test
    void countsOfARunSitOnItsBeatAndOffBeatStepsComeAtTheFirstFreeMoment() {
        List<PlanStep> counts = counts();
        double period = timing.period(counts, Work.REPS);
        assertThat(period).isEqualTo(2000.0); // heel-toe-raises: 2 s a beat, "One" easily fits
        timing.freeFrom(10_000);
        long first = timing.timeOf(counts.get(0), work -> period);
        long third = timing.timeOf(counts.get(2), work -> period);
        assertThat(first).isEqualTo(10_000);
        assertThat(third - first).isEqualTo(Math.round((counts.get(2).position() - counts.get(0).position()) * period));
        PlanStep sentence = plan.steps().get(0);
        assertThat(sentence.onBeat()).isFalse();
        timing.spoke(10_000, 350);
        assertThat(timing.timeOf(sentence, work -> period)).isEqualTo(10_350 + GAP);
    }

    @Test
    void theBeatIsWidenedSoTheLongestWordAndTheGapFit() {
        PlanStep.Count longOne = new PlanStep.Count(counts().get(0).place(), Work.HOLD, 1, 1, null,
                "one two three four five six seven");
        PlanStep.Count next = new PlanStep.Count(longOne.place(), Work.HOLD, 2, 2, null, "Two");
        double period = timing.period(List.of(longOne, next), Work.HOLD);
        assertThat(period).isEqualTo(7 * Fixtures.WORD_MILLIS + GAP);
    }

    @Test
    void aReminderFitsOnlyIfItEndsWithTheGapBeforeTheNextBeat() {
        List<PlanStep> counts = counts();
        timing.freeFrom(10_000);
        PlanStep.BeatReminder shortOne = new PlanStep.BeatReminder(counts.get(0).place(), null, "Breathe.");
        PlanStep.BeatReminder longOne = new PlanStep.BeatReminder(counts.get(0).place(), null,
                "Keep both hands on the chair back now please.");
        assertThat(timing.fits(shortOne, counts.get(1).position())).as("no run yet").isFalse();
        long at = timing.timeOf(counts.get(0), work -> 2000);
        timing.spoke(at, 350);
        assertThat(timing.fits(shortOne, counts.get(1).position())).isTrue();
        assertThat(timing.fits(longOne, counts.get(1).position())).isFalse();
        assertThat(timing.fits(shortOne, null)).as("no beat after it").isFalse();
    }

    @Test
    void tempoStopsAtItsLimitsAndSaysWhenNothingChanged() {
        int steps = 0;
        while (timing.changeTempo(SessionSettings.TEMPO_STEP)) {
            steps++;
        }
        assertThat(timing.tempo()).isEqualTo(SessionSettings.SLOWEST);
        assertThat(steps).isEqualTo(5); // 1.15^5 = 2.01
        assertThat(timing.changeTempo(SessionSettings.TEMPO_STEP)).isFalse();
        assertThat(timing.changeTempo(1 / SessionSettings.TEMPO_STEP)).isTrue();
        assertThat(timing.tempo()).isLessThan(SessionSettings.SLOWEST);
    }

    @Test
    void aTempoChangeRetimesTheRepsFromTheLastBeatThatSounded() {
        List<PlanStep> counts = counts();
        timing.freeFrom(10_000);
        assertThat(timing.canRetimeReps()).as("no run yet").isFalse();
        long first = timing.timeOf(counts.get(0), work -> 2000);
        timing.beatSounded(counts.get(0).position(), first);
        assertThat(timing.canRetimeReps()).isTrue();
        timing.retimeFromLastBeat(3000);
        assertThat(timing.timeOf(counts.get(1), work -> 2000)).isEqualTo(first + 3000);
    }
}
