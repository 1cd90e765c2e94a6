package org.footcoach.content;

import java.util.List;
import java.util.Map;

import static org.footcoach.content.Problems.msg;

/** The rules for a dose: the amounts the kind needs, sane bounds, and values within their range. */
final class DoseCheck {
    /** Absolute bounds for each amount, whatever the range says: beyond these a value is surely a typo. */
    static final Map<String, int[]> BOUNDS = Map.of(
            "reps", new int[] {1, 50},
            "holdSeconds", new int[] {1, 120},
            "minutes", new int[] {1, 15},
            "sets", new int[] {1, 10});

    private static final Map<Kind, List<String>> NEEDED = Map.of(
            Kind.REPS, List.of("reps", "sets"),
            Kind.HOLD, List.of("holdSeconds", "sets"),
            Kind.TIMED, List.of("minutes"));

    private static final List<String> AMOUNTS = List.of("reps", "holdSeconds", "minutes", "sets");

    private DoseCheck() {
    }

    /**
     * Checks the dose of an exercise (id and kind may be null when unreadable) against its kind, its bounds and
     * the guide's figures; returns sets.max or null.
     */
    static Integer check(ObjectFields dose, Kind kind, String exerciseId, GuideFigures guide, Problems problems) {
        dose.onlyFieldsOf(Dose.class);
        boolean override = Boolean.TRUE.equals(dose.bool("clinicianOverride", false));
        Integer maxSets = null;
        for (String name : AMOUNTS) {
            boolean needed = kind != null && NEEDED.get(kind).contains(name);
            boolean optional = kind == Kind.TIMED && name.equals("sets");
            if (kind != null && !needed && !optional && dose.has(name)) {
                problems.add(dose.path(name), msg("rule.amountNotUsed", name, JsonEnumName.of(kind)),
                        msg("rule.amountNeeded.allowed", JsonEnumName.of(kind), neededList(kind)));
                continue;
            }
            if (kind != null && needed && !dose.has(name)) {
                problems.add(dose.path(name), msg("rule.amountNeeded", name, JsonEnumName.of(kind)),
                        msg("rule.amountNeeded.allowed", JsonEnumName.of(kind), neededList(kind)));
                continue;
            }
            ObjectFields amount = dose.object(name, false);
            if (amount != null) {
                Figures figures = amount(amount, BOUNDS.get(name), override, problems);
                if (figures != null && exerciseId != null) {
                    guideFigures(amount, name, figures, exerciseId, guide, override, problems);
                }
                if (figures != null && name.equals("sets")) {
                    maxSets = figures.max();
                }
            }
        }
        return maxSets;
    }

    private static String neededList(Kind kind) {
        return String.join(", ", NEEDED.get(kind));
    }

    /** The figures of an amount that passed its own checks. */
    private record Figures(int min, int max, int value, Source source) {
    }

    /** Checks one amount and returns its figures, or null when any of them is unusable. */
    private static Figures amount(ObjectFields amount, int[] bounds, boolean override, Problems problems) {
        amount.onlyFieldsOf(Amount.class);
        Integer min = amount.integer("min", bounds[0], bounds[1]);
        Integer max = amount.integer("max", bounds[0], bounds[1]);
        Integer value = amount.integer("value", bounds[0], bounds[1]);
        Source source = amount.choice("source", Source.class);
        if (min == null || max == null || value == null || source == null) {
            return null;
        }
        if (min > max) {
            problems.add(amount.path("max"), msg("rule.maxBelowMin", max, min), msg("rule.maxBelowMin.allowed", min));
            return null;
        }
        if ((value < min || value > max) && !override) {
            problems.add(amount.path("value"), msg("rule.outsideRange", value, min, max),
                    msg("rule.outsideRange.allowed", min, max));
        }
        return new Figures(min, max, value, source);
    }

    /** Figures marked "guide" must be the guide's; holds must not go beyond the guide's unless overridden. */
    private static void guideFigures(ObjectFields amount, String name, Figures figures, String exerciseId,
                                     GuideFigures guide, boolean override, Problems problems) {
        int min = figures.min();
        int max = figures.max();
        if (name.equals("holdSeconds") && !override && max > guide.holdLimit(exerciseId)) {
            int limit = guide.holdLimit(exerciseId);
            problems.add(amount.path("max"), msg("rule.holdBeyondGuide", max, limit),
                    msg("rule.holdBeyondGuide.allowed", limit));
        }
        if (figures.source() != Source.GUIDE || !guide.knows(exerciseId)) {
            return;
        }
        var range = guide.range(exerciseId, name);
        if (range.isEmpty()) {
            problems.add(amount.path("source"), msg("rule.notGuideFigure", name), msg("rule.notGuideFigure.allowed"));
        } else if (range.get().min() != min || range.get().max() != max) {
            problems.add(amount.path("source"), msg("rule.otherThanGuide", min, max, range.get().min(),
                    range.get().max()), msg("rule.otherThanGuide.allowed", range.get().min(), range.get().max()));
        }
    }
}
