package org.footcoach.content;

import java.util.List;

/**
 * Estimates how long a routine takes, from the content alone, so the start screen can show minutes that stay
 * true when a dose, tempo or step changes.
 *
 * <p>Assumptions, per exercise (all doses use their {@code value}):
 * <ul>
 *   <li>Every spoken sentence takes {@value #SECONDS_PER_SENTENCE} s: a sentence of about 12 words at the default
 *       150 words a minute plus a short pause. The name, the purpose and each step are spoken once; a set intro is
 *       spoken at the start of its set, on each side.</li>
 *   <li>Reps take {@code reps × beatSeconds}. A hold takes its seconds plus {@value #HOLD_FRAME_SECONDS} s to say
 *       "hold" and "and rest". Timed work takes its minutes.</li>
 *   <li>Sets are done on each side when {@code perSide}; a missing sets amount counts as one set.</li>
 *   <li>Rest: {@value #REST_BETWEEN_SETS_SECONDS} s between sets on the same side, {@value #SIDE_SWITCH_SECONDS} s to
 *       announce and switch sides, {@value #REST_BETWEEN_EXERCISES_SECONDS} s between exercises, and
 *       {@value #POSITION_CHANGE_SECONDS} s to sit down or get to the counter when the position changes.</li>
 *   <li>Reminders are said over the work, between counts, so they add no time. Holds ended early and commands
 *       such as pause are not foreseen.</li>
 * </ul>
 * The total is rounded up to whole minutes.
 */
public final class RoutineLength {
    static final int SECONDS_PER_SENTENCE = 4;
    static final int HOLD_FRAME_SECONDS = 3;
    static final int REST_BETWEEN_SETS_SECONDS = 10;
    static final int SIDE_SWITCH_SECONDS = 5;
    static final int REST_BETWEEN_EXERCISES_SECONDS = 15;
    static final int POSITION_CHANGE_SECONDS = 15;

    private RoutineLength() {
    }

    /** Estimated minutes for the routine, rounded up. Every id in the routine must name an exercise of content. */
    public static int estimateMinutes(Content content, Routine routine) {
        return (int) Math.ceil(estimateSeconds(content, routine) / 60.0);
    }

    /** Estimated seconds for the routine, rests and position changes included. */
    public static double estimateSeconds(Content content, Routine routine) {
        List<Exercise> exercises = content.exercisesOf(routine);
        double total = 0;
        Position previous = Position.SEATED;
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            if (i > 0) {
                total += REST_BETWEEN_EXERCISES_SECONDS;
            }
            if (exercise.position() != previous) {
                total += POSITION_CHANGE_SECONDS;
            }
            previous = exercise.position();
            total += estimateSeconds(exercise);
        }
        return total;
    }

    /** Estimated seconds for one exercise: instructions, every set on every side, and the rests between them. */
    public static double estimateSeconds(Exercise exercise) {
        double instructions = (2 + exercise.steps().size()) * SECONDS_PER_SENTENCE;
        int sides = exercise.perSide() ? 2 : 1;
        int sets = amount(exercise.dose().sets(), 1);
        double perSet = workSeconds(exercise) + (exercise.setIntros().isEmpty() ? 0 : SECONDS_PER_SENTENCE);
        double perSide = sets * perSet + (sets - 1) * REST_BETWEEN_SETS_SECONDS;
        return instructions + sides * perSide + (sides - 1) * SIDE_SWITCH_SECONDS;
    }

    private static double workSeconds(Exercise exercise) {
        Dose dose = exercise.dose();
        return switch (exercise.kind()) {
            case REPS -> amount(dose.reps(), 0) * exercise.beatSeconds();
            case HOLD -> amount(dose.holdSeconds(), 0) + HOLD_FRAME_SECONDS;
            case TIMED -> amount(dose.minutes(), 0) * 60.0;
        };
    }

    private static int amount(Amount amount, int whenAbsent) {
        return amount == null ? whenAbsent : amount.value();
    }
}
