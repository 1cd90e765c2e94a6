package org.footcoach.sheet;

import java.nio.file.Path;
import org.footcoach.session.Plan;
import org.footcoach.session.PlannedExercise;

/**
 * The printable sheet of a routine, to put on the fridge: one self-contained large-print HTML page (no scripts, no
 * files or addresses from outside) with the stop rules, what to have ready, each exercise with its picture, steps,
 * dose as the plan has it and safety notes, and the foot check. Printed on A4 or Letter, each exercise stays on one
 * page.
 */
public final class RoutineSheet {
    private static final String STYLE = "org/footcoach/sheet/sheet.css";

    /** The sheet of {@code plan}'s routine, with the doses of the plan (so of the settings that built it). */
    public String html(Plan plan) {
        Html html = new Html();
        html.markup("<!DOCTYPE html>\n").markup("<html lang=\"" + SheetText.get("language") + "\">\n")
                .open("head", null).markup("<meta charset=\"utf-8\">\n")
                .element("title", null, SheetText.get("title", plan.routine().name()))
                .open("style", null).markup(SheetResource.required(STYLE)).close("style")
                .close("head").open("body", null);
        html.open("header", null).element("p", "brand", SheetText.get("brand"))
                .element("h1", null, plan.routine().name())
                .element("p", "count", SheetText.get("count", plan.exerciseCount())).close("header");
        box(html, "stop", SheetText.get("stop.heading"));
        ExerciseSection.list(html, "ul", null, PlanSentences.stopRules(plan));
        html.close("section");
        box(html, "ready", SheetText.get("ready.heading"));
        ExerciseSection.list(html, "ul", null, ReadyList.of(plan));
        html.close("section");
        for (PlannedExercise planned : plan.exercises()) {
            ExerciseSection.write(html, planned);
        }
        box(html, "feet", SheetText.get("feet.heading"));
        PlanSentences.footCheck(plan).forEach(line -> html.element("p", null, line));
        html.close("section");
        return html.close("body").close("html").toString();
    }

    /**
     * Writes the sheet to {@code file}, whole or not at all.
     *
     * @throws SheetException when it cannot be written; its message says why in one sentence
     */
    public void write(Plan plan, Path file) {
        WholeFile.write(file, html(plan));
    }

    private static void box(Html html, String className, String heading) {
        html.open("section", "box " + className).element("h2", null, heading);
    }
}
