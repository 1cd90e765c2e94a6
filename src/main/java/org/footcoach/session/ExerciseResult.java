package org.footcoach.session;

import org.footcoach.content.Kind;

/**
 * What was done of one exercise. A hold ended early with DONE counts as a hold done, never as a failure.
 *
 * @param setsPlanned  sets times sides
 * @param setsDone     sets (or holds, or timed blocks) finished, including ones ended early with DONE
 * @param repsDone     rep counts said, including a set cut short
 * @param heldSeconds  seconds of finished holds
 * @param timedSeconds seconds of finished timed work
 * @param setsEndedEarly sets (holds, timed blocks) ended early with DONE
 * @param skipped      NEXT left it before all sets were done
 * @param reached      the session got to it at all
 */
public record ExerciseResult(String exerciseId, String name, Kind kind, int setsPlanned, int setsDone,
                             int repsDone, int heldSeconds, int timedSeconds, int setsEndedEarly, boolean skipped,
                             boolean reached) {

    /** At least one set ended early with DONE. */
    public boolean endedEarly() {
        return setsEndedEarly > 0;
    }

    public enum Status { DONE, PARTLY_DONE, SKIPPED, NOT_REACHED }

    public Status status() {
        if (setsDone >= setsPlanned) {
            return Status.DONE;
        } else if (setsDone > 0 || repsDone > 0) {
            return Status.PARTLY_DONE;
        } else if (skipped) {
            return Status.SKIPPED;
        } else if (reached) {
            return Status.PARTLY_DONE;
        }
        return Status.NOT_REACHED;
    }
}
