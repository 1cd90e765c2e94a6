package org.footcoach.sheet;

import org.footcoach.session.PlannedExercise;

/** How much of an exercise, in plain words, from the figures of the plan: "10 times, each side." */
final class DoseWords {
    private DoseWords() {
    }

    static String of(PlannedExercise planned) {
        String amount = switch (planned.exercise().kind()) {
            case REPS -> sets(SheetText.get("dose.reps", planned.reps()), planned.sets(), "dose.rounds");
            case HOLD -> sets(SheetText.get("dose.hold", planned.holdSeconds()), planned.sets(), "dose.holds");
            case TIMED -> planned.timedSeconds() % 60 == 0
                    ? SheetText.get("dose.minutes", planned.timedSeconds() / 60)
                    : SheetText.get("dose.seconds", planned.timedSeconds());
        };
        return SheetText.get(planned.sides() > 1 ? "dose.each-side" : "dose.once", amount);
    }

    private static String sets(String once, int sets, String key) {
        return sets > 1 ? SheetText.get(key, once, sets) : once;
    }
}
