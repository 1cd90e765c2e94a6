package org.footcoach.session;

import java.util.Locale;

/** What a person can ask for, by voice, key or touch; each has a row in the {@link ActionTable}. */
public enum Command {
    GO, PAUSE, NEXT, BACK, REPEAT, DONE, STOP, LOUDER, SOFTER, SLOWER, FASTER, HELP;

    /** Its name in the event log and in the action table. */
    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
