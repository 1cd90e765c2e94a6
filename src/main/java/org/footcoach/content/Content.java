package org.footcoach.content;

import java.util.List;
import java.util.Optional;

/** Everything in exercises.json: the exercises in the guide's order and the routines built from them. */
public record Content(List<Exercise> exercises, List<Routine> routines) {
    public Content {
        exercises = List.copyOf(exercises);
        routines = List.copyOf(routines);
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Routine> routine(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The exercises of a routine, in routine order. Content is validated, so every id resolves. */
    public List<Exercise> exercisesOf(Routine routine) {
        return routine.exercises().stream().map(id -> exercise(id).orElseThrow()).toList();
    }
}
