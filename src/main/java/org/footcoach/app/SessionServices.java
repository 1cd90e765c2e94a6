package org.footcoach.app;

import java.util.List;
import java.util.function.Supplier;
import org.footcoach.session.Clock;
import org.footcoach.session.Controls;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SpeechLength;

/**
 * What a live session needs besides its plan and its screen: how long each cue takes to play, the settings, the
 * listeners that are not the screen (speech output, event log, voice-command echo guard), made for each session, and
 * the controls there are at each moment (so prompts ask to speak only while voice commands listen).
 */
record SessionServices(SpeechLength lengths, SessionSettings settings, Listeners listeners,
                       Supplier<Controls> controls) {

    /** Services for sessions whose prompts may ask for voice commands. */
    SessionServices(SpeechLength lengths, SessionSettings settings, Listeners listeners) {
        this(lengths, settings, listeners, () -> Controls.VOICE_KEYS_TOUCH);
    }

    /** Makes the listeners of one session as it starts. */
    @FunctionalInterface
    interface Listeners {
        /** @param clock the clock the session's engine runs on */
        List<SessionListener> forSession(Clock clock);
    }
}
