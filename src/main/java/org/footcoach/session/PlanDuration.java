package org.footcoach.session;

import org.footcoach.content.Position;

/** Estimates how long a plan takes, for "minutes left" and the length shown on the start screen. */
public final class PlanDuration {
    /** Said when the plan is led without waiting: the pause-the-track hint is followed by this much silence. */
    static final long AUTO_READY_MILLIS = 3000;

    private PlanDuration() {
    }

    /** Estimated length of the whole plan as led with these settings, not counting time spent waiting for GO. */
    public static long estimateMillis(Plan plan, SpeechLength lengths, SessionSettings settings) {
        return remainingFrom(plan, lengths, settings)[0];
    }

    /**
     * The minutes the start screen shows for a plan, and the first "minutes left" of its session: one computation,
     * with the word-rate guess the engine also uses, so screen and session agree.
     */
    public static int minutes(Plan plan, SessionSettings settings) {
        return wholeMinutes(estimateMillis(plan, WordRateLength.typical(), settings));
    }

    /** Millis as whole minutes, rounded up. */
    static int wholeMinutes(long millis) {
        return (int) Math.ceil(millis / 60000.0);
    }

    /** {@code result[i]}: estimated millis from step i to the end; one more entry (0) for the end. */
    static long[] remainingFrom(Plan plan, SpeechLength lengths, SessionSettings settings) {
        int n = plan.steps().size();
        long[] each = new long[n];
        Position position = null;
        for (int i = 0; i < n; i++) {
            PlanStep step = plan.steps().get(i);
            if (ExerciseAnnouncer.notNeeded(step, position)) {
                continue;
            }
            if (step.place().phase() == Phase.INSTRUCTIONS) {
                position = plan.exercises().get(step.place().exercise()).exercise().position();
            }
            each[i] = stepMillis(plan, step, lengths, settings);
        }
        long[] remaining = new long[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            remaining[i] = remaining[i + 1] + each[i];
        }
        return remaining;
    }

    private static long stepMillis(Plan plan, PlanStep step, SpeechLength lengths, SessionSettings settings) {
        long gap = settings.gapMillis();
        if (step instanceof PlanStep.Say s) {
            return lengths.sayMillis(s.phraseKey(), s.text()) + gap;
        } else if (step instanceof PlanStep.Sound s) {
            return lengths.earconMillis(s.earcon()) + gap;
        } else if (step instanceof PlanStep.Rest r) {
            return 1000L * (r.kind() == RestKind.BETWEEN_SETS ? settings.setRestSeconds() : settings.restSeconds());
        } else if (step instanceof PlanStep.Silence s) {
            return s.millis();
        } else if (step instanceof PlanStep.AwaitGo) {
            return switch (settings.readyMode()) {
                case WAIT_FOR_GO -> 0;
                case COUNTDOWN -> 5000;
                case AUTO -> AUTO_READY_MILLIS;
            };
        } else if (step instanceof PlanStep.Count c) {
            double base = c.work() == Work.REPS
                    ? plan.exercises().get(c.place().exercise()).exercise().beatSeconds() * 1000
                    * settings.tempoFactor()
                    : 1000;
            return Math.round(Math.max(base, lengths.sayMillis(c.phraseKey(), c.text()) + gap));
        } else if (step instanceof PlanStep.WorkEnd e && e.work() == Work.TIMED) {
            return 1000L * e.total();
        }
        return 0;
    }
}
