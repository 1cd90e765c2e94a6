package org.footcoach.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.Routine;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseResult;
import org.footcoach.session.PastSession;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.PlanDuration;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;
import org.footcoach.session.Snapshots;
import org.footcoach.session.VirtualClock;

/**
 * Every screen of the app in a typical state, built from the real content and snapshots like the engine's, for the
 * size and contrast audit and the screenshots. Build on the EDT after the theme is installed.
 */
final class ScreenSamples {
    private static final Clock SUNDAY_EVENING = Clock.fixed(Instant.parse("2026-12-13T19:00:00Z"), ZoneOffset.UTC);
    private final Content content = ContentLoader.loadBundled().content();

    /** Screen sample name to a maker of that screen. Keys are file names for screenshots. */
    Map<String, Supplier<JComponent>> all() {
        Map<String, Supplier<JComponent>> screens = new LinkedHashMap<>();
        screens.put("start", this::start);
        screens.put("start-go-on", this::startGoingOn);
        screens.put("settings", this::settings);
        screens.put("pin", () -> new PinScreen(new PinController((pin, right) -> { },
                new PinAttempts(Clock.systemUTC()), () -> { }, () -> { }), (command, source) -> { }));
        screens.put("attract", () -> new AttractScreen((command, source) -> { }));
        screens.put("idle-warning", () -> new StillThereScreen(new StillThereController(20, () -> { }),
                (command, source) -> { }));
        screens.put("admin", this::admin);
        screens.put("admin-pin", () -> PinScreen.forAdmin(new PinController((pin, right) -> { },
                new PinAttempts(Clock.systemUTC()), () -> { }, () -> { }), (command, source) -> { }));
        screens.put("help", () -> new HelpScreen(new HelpController(() -> { }), (command, source) -> { }));
        screens.put("intro", () -> session(Snapshots.speaking().ofExercises(11).minutesLeft(27).build(),
                "Chest pain or feeling faint: stop and get help."));
        screens.put("get-ready", () -> session(inExercise(SessionState.WAITING_FOR_GO, "ankle-pumps", 3).build(),
                "Hold on with both hands."));
        screens.put("exercise-step", () -> session(inExercise(SessionState.SPEAKING, "kick-backs", 5).build(),
                "Bend one knee to bring the heel toward your bottom."));
        screens.put("exercise-reps", () -> session(inExercise(SessionState.COUNTING, "heel-and-toe-raises", 4)
                .set(1, 2).count(7, 12).build(), "Seven"));
        screens.put("exercise-hold", () -> session(inExercise(SessionState.HOLDING, "single-leg-balance", 7)
                .set(1, 2).count(8, 15).progress(8 / 15.0).build(), "Eight"));
        screens.put("exercise-timed", () -> session(inExercise(SessionState.TIMING, "foot-rolling", 9)
                .total(180).progress(0.5).build(), "Roll the ball from heel to toes."));
        screens.put("paused", () -> session(inExercise(SessionState.PAUSED, "calf-stretch", 2)
                .set(1, 2).count(12, 30).progress(0.4).build(), "Paused. Say resume to go on."));
        screens.put("rest", () -> session(inExercise(SessionState.RESTING, "marching", 6)
                .nextUp(exercise("single-leg-balance")).restSecondsLeft(12).build(), "Coming up. Single-leg balance."));
        screens.put("summary", this::summary);
        screens.put("history", this::history);
        screens.put("history-empty", () -> new HistoryScreen(new HistoryController(List.of(), SUNDAY_EVENING,
                () -> { }, (sessions, told) -> { }), (command, source) -> { }));
        screens.put("record-voice", () -> recordVoice(true, "help.no-voice.1",
                RecordVoiceController.Stage.HEARING_TAKE));
        screens.put("record-voice-choose", () -> recordVoice(true, "count.12", RecordVoiceController.Stage.CHOOSING));
        screens.put("record-voice-recording", () -> recordVoice(true, "get-ready.stand-up",
                RecordVoiceController.Stage.RECORDING));
        screens.put("record-voice-saved", () -> recordVoice(true, "stop-rules.7.no-voice",
                RecordVoiceController.Stage.HEARING_SAVED));
        screens.put("record-voice-no-microphone", () -> recordVoice(false, "intro.skip-ask",
                RecordVoiceController.Stage.CHOOSING));
        screens.put("learn-keys", this::learnKeys);
        screens.put("content-errors", () -> new ContentErrorScreen(List.of(
                "exercises.json, line 12: exercises[2].dose.hold.max must be at least min (10).",
                "exercises.json, line 40: routines[1] names an exercise 'towel-scrunch' that does not exist.")));
        return screens;
    }

    /**
     * Record my voice on the phrase {@code key}, brought to {@code stage} as a pedal would; the phrase is recorded
     * already when the stage is hearing the saved one.
     */
    RecordVoiceScreen recordVoice(boolean microphone, String key, RecordVoiceController.Stage stage) {
        FakeRecorder recorder = new FakeRecorder(microphone);
        if (stage == RecordVoiceController.Stage.HEARING_SAVED) {
            recorder.saved.add(key);
        }
        RecordVoiceController controller = RecordVoiceController.forEveryPhrase(recorder, () -> { });
        while (!controller.phrase().key().equals(key)) {
            controller.act(Command.NEXT, CommandSource.KEY);
        }
        RecordVoiceScreen screen = new RecordVoiceScreen(controller, new ActingSink(controller));
        if (stage != RecordVoiceController.Stage.CHOOSING) {
            controller.act(Command.GO, CommandSource.KEY);
        }
        if (stage == RecordVoiceController.Stage.RECORDING) {
            recorder.level(0.6);
        }
        if (stage == RecordVoiceController.Stage.HEARING_TAKE) {
            recorder.finish(true);
        }
        return screen;
    }

    /** Learn keys after F13 was learnt for Go, asking for Next. */
    private JComponent learnKeys() {
        LearnKeysController controller = new LearnKeysController(Map.of(), learnt -> { }, () -> { },
                PhraseVoice.none());
        controller.pressed("F13");
        return new LearnKeysScreen(controller, (command, source) -> { });
    }

    Exercise exercise(String id) {
        return content.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private JComponent start() {
        return new StartScreen(new StartController(content.routines().stream()
                .map(r -> new RoutineChoice(r, PlanDuration.minutes(new PlanBuilder().build(content, r),
                        SessionSettings.defaults()))).toList(), r -> { },
                () -> { }, () -> { }, () -> { }), (command, source) -> { });
    }

    /** After a break, with the longest exercise name to go on from: it must fit at 1024x768. */
    private JComponent startGoingOn() {
        Routine full = content.routine("full").orElseThrow();
        int from = content.exercisesOf(full).indexOf(exercise("heel-and-toe-raises"));
        List<RoutineChoice> choices = new ArrayList<>();
        choices.add(new RoutineChoice(full, 18, from, exercise("heel-and-toe-raises").name()));
        content.routines().forEach(r -> choices.add(new RoutineChoice(r, PlanDuration.minutes(
                new PlanBuilder().build(content, r), SessionSettings.defaults()))));
        return new StartScreen(new StartController(choices, r -> { }, () -> { }, () -> { }, () -> { }),
                (command, source) -> { });
    }

    /** Settings as they first are, on this machine's voices, the highlight on the pace. */
    private JComponent settings() {
        SettingsController controller = SettingsController.forPreferences(content.exercises(),
                Preferences::defaults, p -> { }, new SettingsChoices(List.of("flite", "freetts"),
                        List.of("USB Audio Device"), 7, 10), new SettingsFixtures.Gate(false, false),
                new SettingsFixtures.Actions(), () -> { });
        return new SettingsScreen(controller, (command, source) -> { });
    }

    /** The kiosk's admin screen: Settings as the kiosk's defaults, its own rows, and Quit. */
    private JComponent admin() {
        SettingsController controller = SettingsController.forKiosk(content.exercises(), content.routines(),
                Preferences::defaults, p -> { }, new SettingsChoices(List.of("flite", "freetts"),
                        List.of("USB Audio Device"), 7, 10), new SettingsFixtures.Gate(false, false),
                new SettingsFixtures.Actions(), () -> { }, () -> { });
        return new SettingsScreen(controller, (command, source) -> { });
    }

    /**
     * In {@code state}, in exercise {@code index} of 11 ({@code exerciseId}), on its first side when it has sides,
     * before its first set of two, with 14 minutes left.
     */
    Snapshots inExercise(SessionState state, String exerciseId, int index) {
        Exercise exercise = exercise(exerciseId);
        boolean perSide = exercise.perSide();
        return Snapshots.in(state).ofExercises(11).exercise(index, exercise).side(perSide ? 1 : 0, perSide ? 2 : 0)
                .set(0, 2).minutesLeft(14);
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

    /**
     * A week of daily sessions, Monday 7 to Sunday 13 December 2026 at 9:15, the last stopped part way, after three
     * sessions the week before, seen on the Sunday evening.
     */
    private JComponent history() {
        List<PastSession> sessions = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            sessions.add(HistoryControllerTest.session("2026-12-0" + (2 * day - 1) + "T10:00:00Z", Ending.FINISHED,
                    4, 5 - day / 2, 2));
        }
        for (int day = 7; day <= 13; day++) {
            sessions.add(HistoryControllerTest.session("2026-12-" + (day < 10 ? "0" : "") + day + "T09:15:00Z",
                    day == 13 ? Ending.STOPPED : Ending.FINISHED, day == 13 ? 2 : 4, 2 + day % 3,
                    day == 10 ? null : day % 2));
        }
        return new HistoryScreen(new HistoryController(sessions, SUNDAY_EVENING, () -> { }, (s, told) -> { }),
                (command, source) -> { });
    }

    private JComponent summary() {
        return summary(new SummaryController(new VirtualClock(), PhraseVoice.none(), feedback -> { }, () -> { }));
    }

    /** The summary of a full routine, answered through {@code controller}. */
    SummaryScreen summary(SummaryController controller) {
        List<ExerciseResult> results = content.routine("full").orElseThrow().exercises().stream()
                .map(this::exercise)
                .map(e -> new ExerciseResult(e.id(), e.name(), e.kind(), 2, e.id().equals("marching") ? 1 : 2, 10,
                        0, 0, 0, false, true))
                .toList();
        return new SummaryScreen(new SessionSummary("full", "Full routine", false, 0, 1_500_000, results),
                controller, new ActingSink(controller));
    }
}
