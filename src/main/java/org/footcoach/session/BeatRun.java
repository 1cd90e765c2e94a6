package org.footcoach.session;

import java.util.List;

/**
 * Timing of one counted run (reps, hold seconds, timed clock, countdown): step at beat position p sounds at
 * {@code anchorAt + (p - anchorPosition) x period}. The period is widened so that the longest cue of the run plus
 * the gap fits between its beats: speech is never squeezed and the count never drifts.
 */
final class BeatRun {
    final Work work;
    private double period;
    private long anchorAt;
    private int anchorPosition;
    /** After a pause: re-anchor the next beat this long after the first free moment. */
    private Long reanchorDelay;

    BeatRun(Work work, double period, long anchorAt, int anchorPosition) {
        this.work = work;
        this.period = period;
        this.anchorAt = anchorAt;
        this.anchorPosition = anchorPosition;
    }

    long timeOf(int position, long earliest) {
        if (reanchorDelay != null) {
            anchorAt = earliest + reanchorDelay;
            anchorPosition = position;
            reanchorDelay = null;
        }
        return anchorAt + Math.round((position - anchorPosition) * period);
    }

    /** Where on the beat the run is at {@code millis}, as a (fractional) position. */
    double positionAt(long millis) {
        return anchorPosition + (millis - anchorAt) / period;
    }

    /** False while a pause has left the next beat to be re-anchored. */
    boolean settled() {
        return reanchorDelay == null;
    }

    double period() {
        return period;
    }

    void reanchorAfterPause(long delay) {
        reanchorDelay = delay;
    }

    /** New period; the anchor is set again when the run resumes after a pause. */
    void changePeriod(double newPeriod) {
        period = newPeriod;
    }

    /** New period from the beat at {@code position}, which sounded at {@code at}. */
    void retime(double newPeriod, long at, int position) {
        period = newPeriod;
        anchorAt = at;
        anchorPosition = position;
    }

    /**
     * The base period widened so each spoken step of {@code run} (consecutive on-beat steps, from the first) ends,
     * plus {@code gap}, before the next step's beat.
     */
    static double widen(double base, List<PlanStep> run, SpeechLength lengths, long gap) {
        double period = base;
        for (int i = 0; i + 1 < run.size(); i++) {
            PlanStep step = run.get(i);
            long length = spokenLength(step, lengths);
            int beats = run.get(i + 1).position() - step.position();
            if (length > 0 && beats > 0) {
                period = Math.max(period, (double) (length + gap) / beats);
            }
        }
        return Math.max(period, 1);
    }

    private static long spokenLength(PlanStep step, SpeechLength lengths) {
        if (step instanceof PlanStep.Count c) {
            return lengths.sayMillis(c.phraseKey(), c.text());
        } else if (step instanceof PlanStep.MinuteClock m) {
            return lengths.sayMillis(m.phraseKey(), m.text());
        } else if (step instanceof PlanStep.TimedReminder r) {
            return lengths.sayMillis(r.phraseKey(), r.text());
        }
        return 0;
    }
}
