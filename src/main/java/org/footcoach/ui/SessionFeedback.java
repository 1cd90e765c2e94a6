package org.footcoach.ui;

import java.util.ArrayList;
import java.util.List;

/** The two answers at the end of a session, each 0 to 10, or null when not given. */
public record SessionFeedback(Integer effort, Integer pain) {

    /** The questions not answered, by their names in the event log ("effort", "pain"); empty when both were. */
    public List<String> notAnswered() {
        List<String> missing = new ArrayList<>();
        if (effort == null) {
            missing.add("effort");
        }
        if (pain == null) {
            missing.add("pain");
        }
        return List.copyOf(missing);
    }
}
