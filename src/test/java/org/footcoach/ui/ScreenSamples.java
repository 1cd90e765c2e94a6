package org.footcoach.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.RoutineLength;
import org.footcoach.session.Awaiting;
import org.footcoach.session.Command;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;

/**
 * Every screen of the app in a typical state, built from the real content and snapshots like the engine's, for the
 * size and contrast audit and the screenshots. Build on the EDT after the theme is installed.
 */
final class ScreenSamples {
    private final Content content = ContentLoader.loadBundled().content();

    /** Screen sample name to a maker of that screen. Keys are file names for screenshots. */
    Map<String, Supplier<JComponent>> all() {
        Map<String, Supplier<JComponent>> screens = new LinkedHashMap<>();
        screens.put("start", this::start);
        screens.put("help", () -> new HelpScreen(new HelpController(() -> { }), (command, source) -> { }));
        screens.put("intro", () -> session(new SessionSnapshot(0, SessionState.SPEAKING, Awaiting.NOTHING, -1, 11,
                null, 0, 0, 0, 0, null, 0, 0, 27, 1.0, null), "Chest pain or feeling faint: stop and get help."));
        screens.put("get-ready", () -> session(snapshot(SessionState.WAITING_FOR_GO, "ankle-pumps", 3, null, 0, 0,
                null), "Hold on with both hands."));
        screens.put("exercise-step", () -> session(snapshot(SessionState.SPEAKING, "kick-backs", 5, null, 0, 0,
                null), "Bend one knee to bring the heel toward your bottom."));
        screens.put("exercise-reps", () -> session(snapshot(SessionState.COUNTING, "heel-and-toe-raises", 4, 7,
                12, 0, null), "Seven"));
        screens.put("exercise-hold", () -> session(snapshot(SessionState.HOLDING, "single-leg-balance", 7, 8, 15,
                8 / 15.0, null), "Eight"));
        screens.put("exercise-timed", () -> session(snapshot(SessionState.TIMING, "foot-rolling", 9, null, 180,
                0.5, null), "Roll the ball from heel to toes."));
        screens.put("paused", () -> session(snapshot(SessionState.PAUSED, "calf-stretch", 2, 12, 30, 0.4, null),
                "Paused. Say resume to go on."));
        screens.put("rest", () -> session(snapshot(SessionState.RESTING, "marching", 6, null, 0, 0,
                exercise("single-leg-balance")), "Next up. Single-leg balance."));
        screens.put("summary", this::summary);
        screens.put("content-errors", () -> new ContentErrorScreen(List.of(
                "exercises.json, line 12: exercises[2].dose.hold.max must be at least min (10).",
                "exercises.json, line 40: routines[1] names an exercise 'towel-scrunch' that does not exist.")));
        return screens;
    }

    Exercise exercise(String id) {
        return content.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private JComponent start() {
        return new StartScreen(new StartController(content.routines().stream()
                .map(r -> new RoutineChoice(r, RoutineLength.estimateMinutes(content, r))).toList(), r -> { },
                () -> { }), (command, source) -> { });
    }

    SessionSnapshot snapshot(SessionState state, String exerciseId, int index, Integer count, int total,
                                     double progress, Exercise nextUp) {
        Exercise exercise = exercise(exerciseId);
        int sides = exercise.perSide() ? 2 : 0;
        return new SessionSnapshot(0, state, state == SessionState.PAUSED ? Awaiting.RESUME
                : state == SessionState.WAITING_FOR_GO ? Awaiting.READY : Awaiting.NOTHING, index, 11, exercise,
                sides == 2 ? 1 : 0, sides, count == null ? 0 : 1, 2, count, total, progress, 14, 1.0, nextUp);
    }

    private JComponent session(SessionSnapshot snapshot, String caption) {
        SessionScreen screen = new SessionScreen((command, source) -> { });
        screen.show(snapshot);
        screen.showCaption(caption);
        if (snapshot.state() == SessionState.HOLDING) {
            screen.heard(Command.GO);
        }
        return screen;
    }

    private JComponent summary() {
        return summary(new SummaryController(feedback -> { }));
    }

    /** The summary of a full routine, answered through {@code controller}. */
    SummaryScreen summary(SummaryController controller) {
        List<ExerciseResult> results = content.routine("full").orElseThrow().exercises().stream()
                .map(this::exercise)
                .map(e -> new ExerciseResult(e.id(), e.name(), e.kind(), 2, e.id().equals("marching") ? 1 : 2, 10,
                        0, 0, false, false, true))
                .toList();
        return new SummaryScreen(new SessionSummary("full", "Full routine", false, 0, 1_500_000, results),
                controller, new ActingSink(controller));
    }
}
