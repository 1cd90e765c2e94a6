package org.footcoach.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.footcoach.content.Content;
import org.footcoach.content.Exercise;
import org.footcoach.content.Routine;

/**
 * Where to go on after a break: the last session, if it ended early a short while ago, and the first of its exercises
 * not done (a skipped one stays skipped). Nothing when the last session finished, was long ago, or its routine has
 * changed since.
 *
 * @param fromExercise the index in the routine of the exercise to go on from
 */
public record ResumePoint(Routine routine, int fromExercise, Exercise exercise) {
    /** How long after a stop "go on" is offered: a break, not the next day. */
    public static final Duration WITHIN = Duration.ofHours(6);

    public static Optional<ResumePoint> after(List<PastSession> sessions, Content content, Instant now) {
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        PastSession last = sessions.get(sessions.size() - 1);
        if (!last.ending().early() || last.started().isBefore(now.minus(WITHIN))) {
            return Optional.empty();
        }
        Optional<Routine> routine = content.routine(last.routineId());
        if (routine.isEmpty()) {
            return Optional.empty();
        }
        List<Exercise> exercises = content.exercisesOf(routine.get());
        List<ExerciseDone> done = last.exercises();
        // A session that went on from an exercise holds the routine's last exercises only.
        int offset = exercises.size() - done.size();
        if (offset < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < done.size(); i++) {
            if (!done.get(i).id().equals(exercises.get(offset + i).id())) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < done.size(); i++) {
            ExerciseDone e = done.get(i);
            if (e.setsDone() < e.setsPlanned() && !e.skipped()) {
                // Stopped before the first exercise began: there is nothing to go on from.
                return i == 0 && !e.reached() ? Optional.empty()
                        : Optional.of(new ResumePoint(routine.get(), offset + i, exercises.get(offset + i)));
            }
        }
        return Optional.empty();
    }
}
