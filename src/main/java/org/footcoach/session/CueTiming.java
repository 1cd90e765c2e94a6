package org.footcoach.session;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * When the next cue may start: at the last cue's end plus the gap and never before now; an on-beat step on its
 * run's beat. Keeps the tempo factor, the end of the rest silence and the last beat that sounded.
 */
final class CueTiming {
    private final LivePlan plan;
    private final Clock clock;
    private final SpeechLength lengths;
    private final SessionSettings settings;

    private double tempo;
    private long nextFree;
    private long lastSpeechEnd;
    private long restUntil;
    private BeatRun run;
    private Integer lastBeat;
    private long lastBeatAt;

    CueTiming(LivePlan plan, Clock clock, SpeechLength lengths, SessionSettings settings) {
        this.plan = plan;
        this.clock = clock;
        this.lengths = lengths;
        this.settings = settings;
        this.tempo = settings.tempoFactor();
    }

    double tempo() {
        return tempo;
    }

    /** Multiplies the tempo factor, kept within its limits; false when that changes nothing. */
    boolean changeTempo(double factor) {
        double wanted = Math.max(SessionSettings.FASTEST, Math.min(SessionSettings.SLOWEST, tempo * factor));
        if (Math.abs(wanted - tempo) < 1e-9) {
            return false;
        }
        tempo = wanted;
        return true;
    }

    /** Sets the tempo factor, kept within its limits: Settings changed it, as a new exercise begins. */
    void useTempo(double factor) {
        tempo = Math.max(SessionSettings.FASTEST, Math.min(SessionSettings.SLOWEST, factor));
    }

    /** The first free moment: after the last cue and its gap, never in the past. */
    long earliest() {
        return Math.max(nextFree, clock.millis());
    }

    /** Everything from {@code now} on is free again (a command cut in). */
    void freeFrom(long now) {
        nextFree = now;
    }

    /** Ends speech still sounding at {@code now}; true if there was any. */
    boolean cutSpeech(long now) {
        if (now < lastSpeechEnd) {
            lastSpeechEnd = now;
            return true;
        }
        return false;
    }

    boolean speaking(long now) {
        return now < lastSpeechEnd;
    }

    void spoke(long at, long length) {
        lastSpeechEnd = at + length;
        nextFree = at + length + settings.gapMillis();
    }

    void sounded(long at, long length) {
        nextFree = at + length + settings.gapMillis();
    }

    /** Nothing is said for {@code length} from {@code at}: a rest GO may end early. */
    void silence(long at, long length) {
        nextFree = Math.max(nextFree, at + length);
        restUntil = nextFree;
    }

    void notBefore(long at) {
        nextFree = Math.max(nextFree, at);
    }

    boolean inRest(long now) {
        return now < restUntil;
    }

    long restLeft(long now) {
        return inRest(now) ? restUntil - now : 0;
    }

    /** GO in a rest: the next cue comes now, after the gap behind the last speech. */
    void endRest(long now) {
        restUntil = 0;
        nextFree = Math.max(now, lastSpeechEnd + settings.gapMillis());
    }

    void forgetRest() {
        restUntil = 0;
    }

    /** The counted run in progress, or null. */
    BeatRun run() {
        return run;
    }

    void dropRun() {
        run = null;
    }

    void beatSounded(int position, long at) {
        lastBeat = position;
        lastBeatAt = at;
    }

    /** True when a tempo change can retime the running rep count from its last beat. */
    boolean canRetimeReps() {
        return run != null && run.work == Work.REPS && lastBeat != null;
    }

    void retimeFromLastBeat(double period) {
        run.retime(period, lastBeatAt, lastBeat);
    }

    /**
     * When {@code step} may start. An on-beat step with no run in progress starts one there, its period given by
     * {@code periodOf} for the run's kind of work.
     */
    long timeOf(PlanStep step, ToDoubleFunction<Work> periodOf) {
        long earliest = earliest();
        if (!step.onBeat()) {
            return earliest;
        }
        if (run == null) {
            Work work = workOf(step);
            run = new BeatRun(work, periodOf.applyAsDouble(work), earliest, step.position());
        }
        return Math.max(run.timeOf(step.position(), earliest), nextFree);
    }

    /** A reminder between counts fits if it ends, plus the gap, before the beat at {@code nextBeat}. */
    boolean fits(PlanStep.BeatReminder reminder, Integer nextBeat) {
        if (run == null || !run.settled() || nextBeat == null) {
            return false;
        }
        long at = earliest();
        long end = at + lengths.sayMillis(reminder.phraseKey(), reminder.text()) + settings.gapMillis();
        return end <= run.timeOf(nextBeat, at);
    }

    /** The beat for a run of these on-beat steps: the exercise's beat at this tempo for reps, else a second. */
    double period(List<PlanStep> beats, Work work) {
        double base = 1000;
        if (work == Work.REPS && !beats.isEmpty()) {
            base = plan.exercises().get(beats.get(0).place().exercise()).exercise().beatSeconds() * 1000 * tempo;
        }
        return BeatRun.widen(base, beats, lengths, settings.gapMillis());
    }

    private static Work workOf(PlanStep step) {
        if (step instanceof PlanStep.Count c) {
            return c.work();
        } else if (step instanceof PlanStep.WorkStart s) {
            return s.work();
        } else if (step instanceof PlanStep.WorkEnd e) {
            return e.work();
        }
        return Work.TIMED;
    }
}
