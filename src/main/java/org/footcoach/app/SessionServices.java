package org.footcoach.app;

import java.util.List;
import java.util.function.Supplier;
import org.footcoach.session.Clock;
import org.footcoach.session.Controls;
import org.footcoach.session.Preferences;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SpeechLength;

/**
 * What a live session needs besides its plan and its screen: how long each cue takes to play, the settings, the
 * listeners that are not the screen (speech output, event log, voice-command echo guard), made for each session, and
 * the controls there are at each moment (so prompts ask to speak only while voice commands listen), and the person's
 * preferences from Settings (doses, tempo), read as each session starts.
 */
record SessionServices(SpeechLength lengths, SessionSettings settings, Listeners listeners,
                       Supplier<Controls> controls, Supplier<Preferences> preferences) {

    /** Services for sessions whose prompts may ask for voice commands, with the usual preferences. */
    SessionServices(SpeechLength lengths, SessionSettings settings, Listeners listeners) {
        this(lengths, settings, listeners, () -> Controls.VOICE_KEYS_TOUCH);
    }

    /** With the usual preferences. */
    SessionServices(SpeechLength lengths, SessionSettings settings, Listeners listeners, Supplier<Controls> controls) {
        this(lengths, settings, listeners, controls, Preferences::defaults);
    }

    /** The same services, each session led with the person's preferences as they are when it starts. */
    SessionServices withPreferences(Supplier<Preferences> now) {
        return new SessionServices(lengths, settings, listeners, controls, now);
    }

    /** The settings a session starting now runs with: these, with the person's tempo and start of standing work. */
    SessionSettings settingsNow() {
        return preferences.get().applyTo(settings);
    }

    /** Makes the listeners of one session as it starts. */
    @FunctionalInterface
    interface Listeners {
        /** @param clock the clock the session's engine runs on */
        List<SessionListener> forSession(Clock clock);
    }
}
