package org.footcoach.content;

import java.util.List;

/** A named list of exercise ids, in the order they are done. */
public record Routine(String id, String name, List<String> exercises) {
    public Routine {
        exercises = List.copyOf(exercises);
    }
}
