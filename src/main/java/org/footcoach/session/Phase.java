package org.footcoach.session;

/** Which part of the session a plan step belongs to. */
public enum Phase {
    /** Welcome and stop rules. */
    INTRO,
    /** Support prompt before standing work; skipped when the person is already standing. */
    GET_READY,
    /** Chair prompt before seated work; skipped when the person is already seated. */
    SIT_DOWN,
    /** Exercise name, steps and safety sentences. */
    INSTRUCTIONS,
    /** Side and set announcements, the count or clock itself. */
    WORK,
    /** "Relax a moment" after a set, and the silence before the next set or side. */
    SET_REST,
    /** Between exercises: well done, what comes next, silence. */
    REST,
    /** The closing words. */
    END
}
