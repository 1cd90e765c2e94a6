package org.footcoach.speech;

import java.util.Locale;

/** One line of a figure script's output for {@code bench/run}: figure, goal, measured, verdict, tab-separated. */
final class FigureLine {
    private FigureLine() {
    }

    static void print(String figure, String goal, String measured, String verdict) {
        System.out.println(figure + "\t" + goal + "\t" + measured + "\t" + verdict);
    }

    /** A figure with no goal. */
    static void print(String figure, String measured) {
        print(figure, "none", measured, "no goal");
    }

    /** A figure whose goal is at most {@code limit}, in {@code unit}. */
    static void atMost(String figure, double measured, double limit, String unit) {
        String verdict = measured <= limit ? "met" : "missed by " + number(measured - limit) + " " + unit;
        print(figure, "≤ " + number(limit) + " " + unit, number(measured) + " " + unit, verdict);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.0f" : "%.1f", value);
    }
}
