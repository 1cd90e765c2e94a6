package org.footcoach.session;

import java.util.Locale;

/** What a person can ask for, by voice, key or touch. The log name is the one the event log writes. */
public enum Command {
    GO, PAUSE, NEXT, BACK, REPEAT, DONE, STOP, LOUDER, SOFTER, SLOWER, FASTER, HELP;

    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
