package org.footcoach.session;

/** Milliseconds on one monotonic timeline. Real time in the app, virtual time in tests and offline render. */
@FunctionalInterface
public interface Clock {
    long millis();
}
