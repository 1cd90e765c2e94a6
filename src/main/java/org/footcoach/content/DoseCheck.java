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

    /** Checks the dose for an exercise of the given kind (null when unreadable); returns sets.max or null. */
    static Integer check(ObjectFields dose, Kind kind, Problems problems) {
        dose.onlyFieldsOf(Dose.class);
        boolean override = Boolean.TRUE.equals(dose.bool("clinicianOverride", false));
        Integer maxSets = null;
        for (String name : AMOUNTS) {
            boolean needed = kind != null && NEEDED.get(kind).contains(name);
            boolean optional = kind == Kind.TIMED && name.equals("sets");
            if (kind != null && !needed && !optional && dose.has(name)) {
                problems.add(dose.path(name), msg("rule.amountNotUsed", name, ObjectFields.jsonName(kind)),
                        msg("rule.amountNeeded.allowed", ObjectFields.jsonName(kind), neededList(kind)));
                continue;
            }
            if (kind != null && needed && !dose.has(name)) {
                problems.add(dose.path(name), msg("rule.amountNeeded", name, ObjectFields.jsonName(kind)),
                        msg("rule.amountNeeded.allowed", ObjectFields.jsonName(kind), neededList(kind)));
                continue;
            }
            ObjectFields amount = dose.object(name, false);
            if (amount != null) {
                Integer max = amount(amount, BOUNDS.get(name), override, problems);
                if (name.equals("sets")) {
                    maxSets = max;
                }
            }
        }
        return maxSets;
    }

    private static String neededList(Kind kind) {
        return String.join(", ", NEEDED.get(kind));
    }

    /** Checks one amount and returns its max, or null when unreadable. */
    private static Integer amount(ObjectFields amount, int[] bounds, boolean override, Problems problems) {
        amount.onlyFieldsOf(Amount.class);
        Integer min = amount.integer("min", bounds[0], bounds[1]);
        Integer max = amount.integer("max", bounds[0], bounds[1]);
        Integer value = amount.integer("value", bounds[0], bounds[1]);
        amount.choice("source", Source.class);
        if (min != null && max != null && min > max) {
            problems.add(amount.path("max"), msg("rule.maxBelowMin", max, min), msg("rule.maxBelowMin.allowed", min));
            return null;
        }
        if (min != null && max != null && value != null && (value < min || value > max) && !override) {
            problems.add(amount.path("value"), msg("rule.outsideRange", value, min, max),
                    msg("rule.outsideRange.allowed", min, max));
        }
        return max;
    }
}
