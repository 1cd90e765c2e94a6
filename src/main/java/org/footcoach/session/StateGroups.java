package org.footcoach.session;

/** Which session states count as running, working or inactive, for the command rules and the step runner. */
final class StateGroups {
    private StateGroups() {
    }

    /** The plan goes on by itself: a pause has something to stop. */
    static boolean running(SessionState s) {
        return switch (s) {
            case SPEAKING, COUNTING, HOLDING, TIMING, RESTING -> true;
            default -> false;
        };
    }

    /** A set is being counted, held or timed: DONE can end it. */
    static boolean working(SessionState s) {
        return s == SessionState.COUNTING || s == SessionState.HOLDING || s == SessionState.TIMING;
    }

    /** Not started yet, or over: commands that move through the plan (NEXT, BACK, STOP, ...) do nothing. */
    static boolean inactive(SessionState s) {
        return s == SessionState.IDLE || s == SessionState.ENDED;
    }

    /** The state after a plan sentence is said in {@code phase}. */
    static SessionState afterSaying(Phase phase) {
        return phase == Phase.REST || phase == Phase.SET_REST ? SessionState.RESTING : SessionState.SPEAKING;
    }
}
