package org.footcoach.session;

/** How a session in the history ended, and its name in files and logs. */
public enum Ending {
    /** Still running, or the app stopped without saving its end: see {@link #CUT_OFF}. */
    IN_PROGRESS("in-progress"),
    FINISHED("finished"),
    /** The person said or pressed stop. */
    STOPPED("stopped"),
    /** The window was closed during the session. */
    WINDOW_CLOSED("window-closed"),
    /** Found still running at the next start: the app crashed, was killed, or the power went. */
    CUT_OFF("cut-off");

    private final String logName;

    Ending(String logName) {
        this.logName = logName;
    }

    public String logName() {
        return logName;
    }

    public boolean early() {
        return this != FINISHED && this != IN_PROGRESS;
    }

    public static Ending fromLogName(String name) {
        for (Ending ending : values()) {
            if (ending.logName.equals(name)) {
                return ending;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
