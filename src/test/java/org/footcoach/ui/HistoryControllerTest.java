package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.footcoach.content.Kind;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Ending;
import org.footcoach.session.ExerciseDone;
import org.footcoach.session.PastSession;
import org.junit.jupiter.api.Test;

/** What the History screen does with each command, and what it shows of the sessions kept, without Swing. */
class HistoryControllerTest {
    /** Sunday 13 December 2026, evening, in London (UTC in winter). */
    private static final Clock SUNDAY = Clock.fixed(Instant.parse("2026-12-13T19:00:00Z"), ZoneId.of("Europe/London"));

    private int backs;
    private final List<List<PastSession>> exported = new ArrayList<>();
    private final List<Consumer<String>> pending = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    private HistoryController controller(List<PastSession> sessions) {
        HistoryController controller = new HistoryController(sessions, SUNDAY, () -> backs++, (s, then) -> {
            exported.add(s);
            pending.add(then);
        });
        controller.onTold(told::add);
        return controller;
    }

    @Test
    void backStopAndHistoryAgainGoBackToTheStartScreen() {
        HistoryController controller = controller(List.of(session("2026-12-07T09:15:00Z", Ending.FINISHED, 4, 3, 1)));

        assertThat(controller.act(Command.BACK, CommandSource.VOICE)).isTrue();
        assertThat(controller.act(Command.STOP, CommandSource.KEY)).isTrue();
        assertThat(controller.act(Command.HISTORY, CommandSource.TOUCH)).isTrue();
        assertThat(backs).isEqualTo(3);
        for (Command other : List.of(Command.GO, Command.NEXT, Command.PAUSE, Command.HELP, Command.FIVE)) {
            assertThat(controller.act(other, CommandSource.KEY)).as("%s", other).isFalse();
        }
        assertThat(backs).isEqualTo(3);
    }

    @Test
    void exportSavesEverySessionOnceAndTellsTheSentenceItGets() {
        List<PastSession> sessions = List.of(session("2026-12-07T09:15:00Z", Ending.FINISHED, 4, 3, 1),
                session("2026-12-08T09:15:00Z", Ending.STOPPED, 1, null, null));
        HistoryController controller = controller(sessions);

        assertThat(controller.act(Command.EXPORT, CommandSource.KEY)).isTrue();
        assertThat(controller.act(Command.EXPORT, CommandSource.VOICE)).as("while the first is written").isFalse();
        pending.get(0).accept("The history is saved in /home/ann/Documents/x.csv.");

        assertThat(exported).containsExactly(sessions);
        assertThat(told).containsExactly("The history is saved in /home/ann/Documents/x.csv.");
        assertThat(controller.act(Command.EXPORT, CommandSource.TOUCH)).as("once it is written").isTrue();
        assertThat(backs).isZero();
    }

    @Test
    void withNoSessionThereIsNothingToExport() {
        HistoryController controller = controller(List.of());

        assertThat(controller.empty()).isTrue();
        assertThat(controller.act(Command.EXPORT, CommandSource.KEY)).isFalse();
        assertThat(exported).isEmpty();
        assertThat(controller.newest()).isEmpty();
        assertThat(controller.weeks()).hasSize(8).allSatisfy(w -> assertThat(w.sessions()).isZero());
    }

    @Test
    void theNewestSessionsComeFirstInWords() {
        List<PastSession> sessions = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            sessions.add(session("2026-12-0" + day + "T09:15:00Z", Ending.FINISHED, 4, day, 0));
        }
        sessions.add(session("2026-12-08T17:05:00Z", Ending.STOPPED, 1, null, 2));
        HistoryController controller = controller(sessions);

        List<SessionLine> lines = controller.newest();

        assertThat(lines).hasSize(HistoryController.SESSIONS_SHOWN);
        assertThat(lines.get(0)).isEqualTo(new SessionLine("Tue 8 Dec, 17:05", "Quick routine",
                "Stopped after 1 of 4", "not answered", "2 of 10"));
        assertThat(lines.get(1)).isEqualTo(new SessionLine("Mon 7 Dec, 9:15", "Quick routine", "4 of 4 exercises",
                "7 of 10", "0 of 10"));
        assertThat(lines).extracting(SessionLine::when).containsExactly("Tue 8 Dec, 17:05", "Mon 7 Dec, 9:15",
                "Sun 6 Dec, 9:15");
    }

    @Test
    void theChartHasTheLastEightWeeksEachWithItsSessionsAndAverageAnswers() {
        List<PastSession> sessions = new ArrayList<>();
        sessions.add(session("2026-10-01T09:00:00Z", Ending.FINISHED, 4, 9, 9));
        sessions.add(session("2026-10-20T09:00:00Z", Ending.FINISHED, 4, 6, null));
        sessions.add(session("2026-11-30T09:00:00Z", Ending.FINISHED, 4, 4, 2));
        sessions.add(session("2026-12-06T22:30:00Z", Ending.FINISHED, 4, 2, 1));
        sessions.add(session("2026-12-07T09:00:00Z", Ending.STOPPED, 2, null, null));

        List<HistoryWeek> weeks = controller(sessions).weeks();

        assertThat(weeks).extracting(HistoryWeek::monday).containsExactly(LocalDate.of(2026, 10, 19),
                LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7));
        assertThat(weeks).extracting(HistoryWeek::sessions).containsExactly(1, 0, 0, 0, 0, 0, 2, 1);
        assertThat(weeks.get(0).effort()).hasValue(6);
        assertThat(weeks.get(0).pain()).as("not answered is no answer, never 0").isEmpty();
        assertThat(weeks.get(6).effort()).hasValue(3);
        assertThat(weeks.get(6).pain()).hasValue(1.5);
        assertThat(weeks.get(7).effort()).isEmpty();
    }

    /** A quick routine of four exercises started at {@code at}, {@code done} of them in full. */
    static PastSession session(String at, Ending ending, int done, Integer effort, Integer pain) {
        List<ExerciseDone> exercises = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            int sets = n < done ? 2 : n == done ? 1 : 0;
            exercises.add(new ExerciseDone("exercise-" + n, "Exercise " + n, Kind.REPS, 2, sets, 20, sets * 10, 0,
                    0, 0, false, n <= done));
        }
        Instant started = Instant.parse(at);
        return new PastSession(at, started, Optional.of(started.plusSeconds(600)), "quick", "Quick routine", ending,
                effort == null ? OptionalInt.empty() : OptionalInt.of(effort),
                pain == null ? OptionalInt.empty() : OptionalInt.of(pain), exercises);
    }
}
