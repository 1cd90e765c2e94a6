package org.footcoach.sheet;

import java.util.List;
import java.util.Locale;
import org.footcoach.content.Exercise;
import org.footcoach.session.PlannedExercise;

/**
 * One exercise on the sheet: its number and name, its picture, sitting or standing and what holds you, what you
 * need, how much, the steps and the safety notes. Kept on one page when printed.
 */
final class ExerciseSection {
    private ExerciseSection() {
    }

    static void write(Html html, PlannedExercise planned) {
        Exercise exercise = planned.exercise();
        html.open("section", "exercise");
        html.element("h2", null, SheetText.get("exercise.heading", planned.index() + 1, exercise.name()));
        SheetPictures.svg(exercise.picture())
                .ifPresent(svg -> html.open("div", "picture").markup(svg).close("div"));
        String position = exercise.position().name().toLowerCase(Locale.ROOT);
        html.open("p", "where")
                .element("strong", null, SheetText.get("position." + position))
                .text(" " + SheetText.get("support." + exercise.support().name().toLowerCase(Locale.ROOT)))
                .close("p");
        if (exercise.needsEquipment()) {
            html.open("p", "need").element("strong", null, SheetText.get("need.heading")).text(" " + items(exercise))
                    .close("p");
        }
        html.open("p", "dose").element("strong", null, SheetText.get("dose.heading"))
                .text(" " + DoseWords.of(planned)).close("p");
        html.element("h3", null, SheetText.get("steps.heading"));
        list(html, "ol", "steps", exercise.steps());
        html.element("h3", null, SheetText.get("safety.heading"));
        list(html, "ul", "safety", exercise.safety());
        html.close("section");
    }

    private static String items(Exercise exercise) {
        return String.join(" ", exercise.equipment().stream().map(item -> SheetText.get("need.item", item)).toList());
    }

    static void list(Html html, String tag, String className, List<String> lines) {
        html.open(tag, className);
        lines.forEach(line -> html.element("li", null, line));
        html.close(tag);
    }
}
