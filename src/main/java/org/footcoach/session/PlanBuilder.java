package org.footcoach.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.footcoach.content.Amount;
import org.footcoach.content.Content;
import org.footcoach.content.Dose;
import org.footcoach.content.Exercise;
import org.footcoach.content.Routine;
import org.footcoach.content.Sides;

/**
 * Turns a routine into a plan: intro, stop rules and the equipment the routine needs; for each exercise a get-ready
 * or sit-down prompt, its name, steps and safety sentences, then per side and set the counted work; rests that name
 * what comes next and what to get for it; the end. The plan does not depend on settings: rest lengths, tempo and
 * the ready mode are applied by the engine.
 */
public final class PlanBuilder {
    /** Stop rules about standing work: said only when the routine has some. */
    private static final Set<String> STANDING_STOP_RULES = Set.of("stop-rules.5", "stop-rules.6");
    /** Said before the foot check when the person stands (see {@link ExerciseAnnouncer#notNeeded}). */
    static final String SIT_FOR_FEET_CHECK = "end.sit-down";

    private final Phrases phrases;
    private final DoseChoices doses;

    /** Doses from the exercise file. */
    public PlanBuilder(Phrases phrases) {
        this(phrases, DoseChoices.fileValues());
    }

    /** Doses from {@code doses} where set, else from the exercise file. */
    public PlanBuilder(Phrases phrases, DoseChoices doses) {
        this.phrases = phrases;
        this.doses = doses;
    }

    public PlanBuilder() {
        this(new Phrases());
    }

    public Plan build(Content content, String routineId) {
        Routine routine = content.routine(routineId).orElseThrow(() -> new IllegalArgumentException(
                SessionMessages.text("routine.unknown", routineId)));
        return build(content, routine);
    }

    public Plan build(Content content, Routine routine) {
        return build(content, routine, 0);
    }

    /** The routine from its exercise {@code fromExercise} on, after the same start (stop rules, what to have). */
    public Plan build(Content content, Routine routine, int fromExercise) {
        List<Exercise> all = content.exercisesOf(routine);
        List<Exercise> exercises = all.subList(fromExercise, all.size());
        List<PlannedExercise> planned = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            planned.add(planExercise(i, exercises.get(i), doses.of(exercises.get(i).id())));
        }
        boolean standing = exercises.stream().anyMatch(Exercise::standing);
        List<PlanStep> steps = new ArrayList<>();
        intro(steps, routine, exercises, standing);
        for (PlannedExercise exercise : planned) {
            exercise(steps, exercise);
            if (exercise.index() + 1 < planned.size()) {
                restBefore(steps, exercise.index(), planned.get(exercise.index() + 1).exercise());
            }
        }
        end(steps, standing);
        return new Plan(routine, planned, steps);
    }

    static PlannedExercise planExercise(int index, Exercise exercise, DoseChoice choice) {
        Dose dose = exercise.dose();
        int sides = exercise.perSide() ? 2 : 1;
        int sets = valueOr(choice.sets(), dose.sets(), 1);
        return switch (exercise.kind()) {
            case REPS -> new PlannedExercise(index, exercise, sides, sets, valueOr(choice.reps(), dose.reps(), 10),
                    0, 0);
            case HOLD -> new PlannedExercise(index, exercise, sides, sets, 0,
                    valueOr(choice.holdSeconds(), dose.holdSeconds(), 10), 0);
            case TIMED -> new PlannedExercise(index, exercise, sides, 1, 0, 0,
                    valueOr(choice.minutes(), dose.minutes(), 1) * 60);
        };
    }

    /** The person's choice, else the file's value, else {@code fallback}; never below one. */
    private static int valueOr(OptionalInt chosen, Amount amount, int fallback) {
        if (chosen.isPresent()) {
            return Math.max(1, chosen.getAsInt());
        }
        return amount == null ? fallback : Math.max(1, amount.value());
    }

    private void intro(List<PlanStep> steps, Routine routine, List<Exercise> exercises, boolean standing) {
        Place place = Place.of(Phase.INTRO);
        steps.add(new PlanStep.Sound(place, Earcon.START));
        say(steps, place, "session.welcome");
        say(steps, place, "stop-rules.intro");
        for (String key : phrases.numbered("stop-rules")) {
            if (standing || !STANDING_STOP_RULES.contains(key)) {
                say(steps, place, key);
            }
        }
        Set<String> needed = new LinkedHashSet<>();
        exercises.forEach(e -> needed.addAll(e.equipmentSaid()));
        if (!needed.isEmpty()) {
            steps.add(new PlanStep.Say(place, equipmentKey(routine),
                    phrases.format("equipment.routine", new SpokenList(phrases).join(List.copyOf(needed)))));
        }
    }

    /** Key of the sentence that lists everything {@code routine} needs, said at the end of its intro. */
    public static String equipmentKey(Routine routine) {
        return "routine." + routine.id() + ".equipment";
    }

    private void exercise(List<PlanStep> steps, PlannedExercise planned) {
        Exercise exercise = planned.exercise();
        int index = planned.index();
        if (exercise.standing()) {
            Place place = new Place(Phase.GET_READY, index, 0, 0);
            say(steps, place, "get-ready.stand-up");
            say(steps, place, "get-ready.1");
            say(steps, place, "get-ready.2");
            steps.add(new PlanStep.AwaitGo(place));
            say(steps, place, "get-ready.go");
        } else {
            Place place = new Place(Phase.SIT_DOWN, index, 0, 0);
            for (String key : phrases.numbered("sit-down")) {
                say(steps, place, key);
            }
        }
        Place instructions = new Place(Phase.INSTRUCTIONS, index, 0, 0);
        String prefix = "exercise." + exercise.id() + ".";
        steps.add(new PlanStep.Say(instructions, prefix + "name", exercise.name()));
        numbered(steps, instructions, prefix + "step.", exercise.steps());
        numbered(steps, instructions, prefix + "safety.", exercise.safety());
        for (int side = 1; side <= planned.sides(); side++) {
            int sideNumber = planned.sides() == 1 ? 0 : side;
            for (int set = 1; set <= planned.sets(); set++) {
                set(steps, planned, sideNumber, set, prefix);
            }
        }
    }

    private void set(List<PlanStep> steps, PlannedExercise planned, int side, int set, String prefix) {
        Exercise exercise = planned.exercise();
        int index = planned.index();
        boolean firstOfExercise = set == 1 && side <= 1;
        if (!firstOfExercise) {
            steps.add(new PlanStep.Rest(new Place(Phase.SET_REST, index, side, set), RestKind.BETWEEN_SETS));
        }
        Place work = new Place(Phase.WORK, index, side, set);
        Sides sides = exercise.sides();
        if (set == 1 && side == 1) {
            sayEither(steps, work, sides == null ? null : sides.right(), prefix + "side.right", "side.first");
        } else if (set == 1 && side == 2) {
            steps.add(new PlanStep.Sound(work, Earcon.SIDE_SWITCH));
            sayEither(steps, work, sides == null ? null : sides.left(), prefix + "side.left", "side.other");
        }
        List<String> intros = exercise.setIntros();
        if (!intros.isEmpty()) {
            int n = (set - 1) % intros.size();
            steps.add(new PlanStep.Say(work, prefix + "set-intro." + (n + 1), intros.get(n)));
        } else if (set > 1) {
            say(steps, work, "set.again");
        }
        Place after = new Place(Phase.SET_REST, index, side, set);
        Reminders reminders = new Reminders(exercise);
        switch (exercise.kind()) {
            case REPS -> {
                say(steps, work, "work.start");
                counts(steps, work, Work.REPS, planned.reps(), reminders);
                say(steps, after, "work.end");
            }
            case HOLD -> {
                reminders.next(work).ifPresent(steps::add);
                if (exercise.holdStart() != null) {
                    steps.add(new PlanStep.Say(work, prefix + "hold-start", exercise.holdStart()));
                }
                say(steps, work, "hold.start");
                counts(steps, work, Work.HOLD, planned.holdSeconds(), Reminders.NONE);
                steps.add(new PlanStep.Sound(after, Earcon.HOLD_END));
                say(steps, after, "work.end");
            }
            case TIMED -> {
                say(steps, work, "work.start");
                clock(steps, work, planned.timedSeconds(), reminders);
                steps.add(new PlanStep.Sound(after, Earcon.HOLD_END));
                say(steps, after, "timed.end");
                say(steps, after, "work.end");
            }
        }
    }

    private void counts(List<PlanStep> steps, Place place, Work work, int total, Reminders reminders) {
        steps.add(new PlanStep.WorkStart(place, work, total, 1));
        for (int n = 1; n <= total; n++) {
            steps.add(countStep(phrases, place, work, n, n));
            if (work == Work.REPS && n == total - 1) {
                steps.add(new PlanStep.BeatReminder(place, "work.last", phrases.text("work.last")));
            } else if (n % Reminders.EVERY_COUNTS == 0 && n < total) {
                reminders.next(place).ifPresent(r -> steps.add(
                        new PlanStep.BeatReminder(place, r.phraseKey(), r.text())));
            }
        }
        steps.add(new PlanStep.WorkEnd(place, work, total, total + 1));
    }

    /** A count word for {@code number} at beat {@code position}. */
    static PlanStep.Count countStep(Phrases phrases, Place place, Work work, int number, int position) {
        String key = "count." + number;
        if (phrases.has(key)) {
            return new PlanStep.Count(place, work, number, position, key, phrases.text(key));
        }
        return new PlanStep.Count(place, work, number, position, null,
                phrases.format("count.other", String.valueOf(number)));
    }

    private void clock(List<PlanStep> steps, Place place, int totalSeconds, Reminders reminders) {
        steps.add(new PlanStep.WorkStart(place, Work.TIMED, totalSeconds, 0));
        for (int elapsed = 30; elapsed - 15 < totalSeconds; elapsed += 30) {
            int remindAt = elapsed - 15;
            if (remindAt + Reminders.TIMED_END_QUIET_SECONDS <= totalSeconds) {
                reminders.next(place).ifPresent(r -> steps.add(
                        new PlanStep.TimedReminder(place, remindAt, r.phraseKey(), r.text())));
            }
            if (elapsed >= totalSeconds) {
                break;
            }
            int left = totalSeconds - elapsed;
            String key = "clock.left." + left;
            if (phrases.has(key)) {
                steps.add(new PlanStep.MinuteClock(place, elapsed, totalSeconds, key, phrases.text(key)));
            } else {
                steps.add(new PlanStep.MinuteClock(place, elapsed, totalSeconds, null,
                        phrases.format("clock.left.other", String.valueOf(left / 60.0))));
            }
        }
        steps.add(new PlanStep.WorkEnd(place, Work.TIMED, totalSeconds, totalSeconds));
    }

    private void restBefore(List<PlanStep> steps, int index, Exercise next) {
        Place place = new Place(Phase.REST, index, 0, 0);
        say(steps, place, "rest.well-done");
        say(steps, place, "rest.next");
        steps.add(new PlanStep.Say(place, "exercise." + next.id() + ".name", next.name()));
        if (next.needsEquipment()) {
            steps.add(new PlanStep.Say(place, "exercise." + next.id() + ".equipment",
                    phrases.format("equipment.exercise", new SpokenList(phrases).join(next.equipmentSaid()))));
        }
        steps.add(new PlanStep.Rest(place, RestKind.BETWEEN_EXERCISES));
    }

    private void end(List<PlanStep> steps, boolean standing) {
        Place place = Place.of(Phase.END);
        steps.add(new PlanStep.Sound(place, Earcon.DONE));
        say(steps, place, "end.done");
        if (standing) {
            say(steps, place, SIT_FOR_FEET_CHECK);
        }
        say(steps, place, "end.check-feet");
        steps.add(new PlanStep.End(place));
    }

    private void numbered(List<PlanStep> steps, Place place, String keyPrefix, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            steps.add(new PlanStep.Say(place, keyPrefix + (i + 1), texts.get(i)));
        }
    }

    /** Says the exercise's own {@code text} under {@code key}, or the fixed phrase {@code fallback} when null. */
    private void sayEither(List<PlanStep> steps, Place place, String text, String key, String fallback) {
        if (text != null) {
            steps.add(new PlanStep.Say(place, key, text));
        } else {
            say(steps, place, fallback);
        }
    }

    private void say(List<PlanStep> steps, Place place, String key) {
        String chosen = phrases.key(key);
        steps.add(new PlanStep.Say(place, chosen, phrases.text(chosen)));
    }
}
