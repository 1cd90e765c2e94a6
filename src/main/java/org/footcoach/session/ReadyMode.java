package org.footcoach.session;

/** What happens before standing work, after the support prompt. */
public enum ReadyMode {
    /** Wait for GO (voice "ready", pedal, touch). The default. */
    WAIT_FOR_GO,
    /** Count down five seconds aloud, then go on. GO skips the rest of the countdown. */
    COUNTDOWN,
    /** Never wait: for the offline render (a follow-along track) and headless runs. */
    AUTO
}
