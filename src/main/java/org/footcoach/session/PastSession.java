package org.footcoach.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One session in the history: when, which routine, each exercise, how it ended, and the person's answers when given.
 *
 * @param id     the name of its file, unique and in time order
 * @param ended  when it ended; while it runs, when it was last saved (empty before its first set ends)
 */
public record PastSession(String id, Instant started, Optional<Instant> ended, String routineId, String routineName,
                          Ending ending, OptionalInt effort, OptionalInt pain, List<ExerciseDone> exercises) {
    public PastSession {
        exercises = List.copyOf(exercises);
    }

    public PastSession progressed(List<ExerciseDone> done, Instant at) {
        return new PastSession(id, started, Optional.of(at), routineId, routineName, ending, effort, pain, done);
    }

    public PastSession endedAs(Ending how, Instant at, List<ExerciseDone> done) {
        return new PastSession(id, started, Optional.of(at), routineId, routineName, how, effort, pain, done);
    }

    public PastSession answered(OptionalInt effortGiven, OptionalInt painGiven) {
        return new PastSession(id, started, ended, routineId, routineName, ending, effortGiven, painGiven, exercises);
    }
}
