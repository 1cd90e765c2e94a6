package org.footcoach.session;

/** Which rest length from {@link SessionSettings} a rest step lasts. */
public enum RestKind {
    BETWEEN_SETS, BETWEEN_EXERCISES
}
