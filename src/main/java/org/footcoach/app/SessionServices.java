package org.footcoach.app;

import java.util.List;
import org.footcoach.session.Clock;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SpeechLength;

/**
 * What a live session needs besides its plan and its screen: how long each cue takes to play, the settings, and the
 * listeners that are not the screen (speech output, event log, voice-command echo guard), made for each session.
 */
record SessionServices(SpeechLength lengths, SessionSettings settings, Listeners listeners) {

    /** Makes the listeners of one session as it starts. */
    @FunctionalInterface
    interface Listeners {
        /** @param clock the clock the session's engine runs on */
        List<SessionListener> forSession(Clock clock);
    }
}
