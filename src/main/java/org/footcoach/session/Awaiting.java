package org.footcoach.session;

/** What the engine waits for before it goes on by itself. */
public enum Awaiting {
    /** Nothing: it goes on by itself. */
    NOTHING,
    /** GO ("ready") before standing work. */
    READY,
    /** GO ("resume") after a pause. */
    RESUME,
    /** GO ("start") to begin the session. */
    START
}
