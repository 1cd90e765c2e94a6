package org.footcoach.session;

/** Stub: the public API; behaviour follows in the next commit. */
public final class SessionEngine {
    public SessionEngine(Plan plan, Clock clock, Scheduler scheduler, SpeechLength lengths, SessionSettings settings) {
    }

    public void addListener(SessionListener listener) {
    }

    public void removeListener(SessionListener listener) {
    }

    public void start() {
    }

    public void command(Command command, CommandSource source) {
    }

    public Plan plan() {
        return null;
    }
}
