package org.footcoach.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each cue's onset in a capture against its time in the schedule: its error (onset less its own lead-in less its time
 * in the schedule, against the median, since the path's latency is one constant), the drift of the errors over the
 * session, and cues that sound over each other.
 */
final class CueTimingReport {
    /** How far before the expected onset a cue's sound is looked for: well under the 300 ms gap between cues. */
    private static final double SEARCH_BEFORE_MILLIS = 100;
    private static final double SEARCH_AFTER_MILLIS = 250;
    private static final int FOLLOW_LAST = 5;

    /** One cue found in the capture: due at {@code atMillis}, its onset {@code errorMillis} after the schedule's. */
    record Heard(long atMillis, double errorMillis, double endMillis, String what) {
    }

    final List<Heard> heard = new ArrayList<>();
    final List<String> silent = new ArrayList<>();
    final List<String> unmeasured = new ArrayList<>();
    final List<String> overlaps = new ArrayList<>();

    /** @param capture the capture's samples at {@code rate}; its first sound is the first cue's */
    CueTimingReport(List<EventLogCues.LoggedCue> cues, PhraseSounds sounds, short[] capture, int rate) {
        double perMilli = rate / 1000.0;
        int first = Onset.first(capture, 0, capture.length);
        if (first < 0 || cues.isEmpty()) {
            throw new IllegalStateException("The capture is silent: nothing played into the sink.");
        }
        EventLogCues.LoggedCue firstCue = cues.get(0);
        double offset = first / perMilli - firstCue.atMillis() - sounds.of(firstCue).leadInMillis();
        double freeFrom = 0;
        for (EventLogCues.LoggedCue cue : cues) {
            PhraseSounds.Shape shape = sounds.find(cue);
            if (shape == null) {
                unmeasured.add(cue.text());
                continue;
            }
            double scheduled = cue.atMillis() + shape.leadInMillis() + offset;
            double expected = scheduled + recentMedian();
            double from = Math.max(expected - SEARCH_BEFORE_MILLIS, freeFrom);
            int at = Onset.first(capture, (int) Math.round(from * perMilli),
                    (int) Math.round((expected + SEARCH_AFTER_MILLIS) * perMilli));
            if (at < 0) {
                silent.add(cue.text());
                continue;
            }
            double onset = at / perMilli;
            if (!heard.isEmpty() && heard.get(heard.size() - 1).endMillis() > onset) {
                overlaps.add(heard.get(heard.size() - 1).what() + " / " + cue.text());
            }
            double end = onset + shape.soundingMillis();
            heard.add(new Heard(cue.atMillis(), onset - scheduled, end, cue.text()));
            freeFrom = end + 1;
        }
    }

    /** The errors less their median, as absolute values, sorted. */
    double[] absoluteErrors() {
        double median = median(heard.stream().mapToDouble(Heard::errorMillis).toArray());
        return heard.stream().mapToDouble(h -> Math.abs(h.errorMillis() - median)).sorted().toArray();
    }

    /** Nearest-rank percentile of the absolute errors. */
    double percentile(double p) {
        double[] sorted = absoluteErrors();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Milliseconds a minute by which the onsets move against the schedule (negative: sound comes earlier). */
    double driftPerMinute() {
        List<double[]> points = heard.stream().map(h -> new double[] {h.atMillis(), h.errorMillis()}).toList();
        return Line.fit(points).slope() * 60_000;
    }

    private double recentMedian() {
        double[] last = heard.subList(Math.max(0, heard.size() - FOLLOW_LAST), heard.size()).stream()
                .mapToDouble(Heard::errorMillis).toArray();
        return median(last);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
