package org.footcoach.session;

import java.util.List;

/** What a session did, for the end screen, history and the event log. */
public record SessionSummary(String routineId, String routineName, boolean stoppedEarly, long startedAtMillis,
                             long endedAtMillis, List<ExerciseResult> exercises) {
    public SessionSummary {
        exercises = List.copyOf(exercises);
    }

    public long elapsedMillis() {
        return endedAtMillis - startedAtMillis;
    }
}
