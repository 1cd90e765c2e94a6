package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.junit.jupiter.api.Test;

/** Going on after a break: from the first exercise not done of a session stopped a short while ago, or not at all. */
class ResumePointTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final Content content = ContentLoader.loadBundled().content();
    private final List<Exercise> full = content.exercisesOf(content.routine("full").orElseThrow());

    /** The full routine with the first {@code done} exercises done, the next one begun, the rest not reached. */
    private PastSession stopped(Ending ending, Instant started, int done, int skipped) {
        List<ExerciseDone> exercises = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            int sets = i < done ? 2 : 0;
            exercises.add(new ExerciseDone(full.get(i).id(), full.get(i).name(), full.get(i).kind(), 2, sets, 0, 0,
                    0, 0, 0, i == skipped, i <= done));
        }
        return new PastSession("s", started, Optional.of(started.plusSeconds(600)), "full", "Full routine", ending,
                OptionalInt.empty(), OptionalInt.empty(), exercises);
    }

    @Test
    void aSessionStoppedAnHourAgoGoesOnFromTheFirstExerciseNotDone() {
        Optional<ResumePoint> resume = ResumePoint.after(List.of(stopped(Ending.STOPPED, NOW.minusSeconds(3600), 3,
                -1)), content, NOW);

        assertThat(resume).hasValueSatisfying(r -> {
            assertThat(r.routine().id()).isEqualTo("full");
            assertThat(r.fromExercise()).isEqualTo(3);
            assertThat(r.exercise().id()).isEqualTo(full.get(3).id());
        });
    }

    @Test
    void aClosedWindowAndACrashGoOnTooAndASkippedExerciseStaysSkipped() {
        assertThat(ResumePoint.after(List.of(stopped(Ending.WINDOW_CLOSED, NOW.minusSeconds(60), 2, -1)), content,
                NOW)).hasValueSatisfying(r -> assertThat(r.fromExercise()).isEqualTo(2));
        assertThat(ResumePoint.after(List.of(stopped(Ending.CUT_OFF, NOW.minusSeconds(60), 4, 4)), content, NOW))
                .as("exercise 4 was skipped").hasValueSatisfying(r -> assertThat(r.fromExercise()).isEqualTo(5));
    }

    @Test
    void nothingToGoOnFromAfterAFinishedSessionALongBreakOrAStopBeforeTheFirstExercise() {
        assertThat(ResumePoint.after(List.of(), content, NOW)).isEmpty();
        assertThat(ResumePoint.after(List.of(stopped(Ending.FINISHED, NOW.minusSeconds(60), 3, -1)), content, NOW))
                .isEmpty();
        assertThat(ResumePoint.after(List.of(stopped(Ending.STOPPED,
                NOW.minus(ResumePoint.WITHIN).minus(Duration.ofMinutes(1)), 3, -1)), content, NOW)).isEmpty();
        PastSession beforeAnyExercise = stopped(Ending.STOPPED, NOW.minusSeconds(60), 0, -1);
        List<ExerciseDone> notReached = beforeAnyExercise.exercises().stream().map(e -> new ExerciseDone(e.id(),
                e.name(), e.kind(), 2, 0, 0, 0, 0, 0, 0, false, false)).toList();
        assertThat(ResumePoint.after(List.of(beforeAnyExercise.progressed(notReached, NOW)), content, NOW)).isEmpty();
    }

    @Test
    void aSessionThatWentOnFromAnExerciseGoesOnAgainFromWhereItStopped() {
        PastSession whole = stopped(Ending.STOPPED, NOW.minusSeconds(600), 6, -1);
        PastSession goneOn = whole.progressed(whole.exercises().subList(4, full.size()), NOW.minusSeconds(300));

        assertThat(ResumePoint.after(List.of(goneOn), content, NOW))
                .hasValueSatisfying(r -> assertThat(r.fromExercise()).isEqualTo(6));
    }
}
