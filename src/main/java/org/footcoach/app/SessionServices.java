package org.footcoach.app;

import java.util.List;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SpeechLength;

/**
 * What a live session needs besides its plan and its screen: how long each cue takes to play, the settings, and the
 * listeners that are not the screen (speech output, event log, voice-command echo guard). Built once at start-up.
 */
record SessionServices(SpeechLength lengths, SessionSettings settings, List<SessionListener> listeners) {
    SessionServices {
        listeners = List.copyOf(listeners);
    }
}
