package org.footcoach.app;

import java.nio.file.Path;
import org.footcoach.session.Preferences;
import org.footcoach.ui.Theme;

/**
 * What the command line asked of the desktop app. Each field is null when not given, except {@code audioOut}
 * (default {@link AudioOutMode#DEFAULT}) and {@code kiosk} (default off). {@code voice}, {@code theme} and
 * {@code voiceInput} not given are taken
 * from the person's Settings ({@link #over(Preferences)}): the command line wins where it was given.
 */
record LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                     AudioOutMode audioOut, String voice, Theme theme, VoiceInputChoice voiceInput,
                     KioskOptions kiosk) {
    LaunchOptions {
        audioOut = audioOut != null ? audioOut : AudioOutMode.DEFAULT;
        kiosk = kiosk != null ? kiosk : KioskOptions.off();
    }

    /** Not a kiosk. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                  AudioOutMode audioOut, String voice, Theme theme, VoiceInputChoice voiceInput) {
        this(content, dataDir, windowed, eventLog, routine, audioOut, voice, theme, voiceInput, KioskOptions.off());
    }

    /** The light theme, voice commands off. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                  AudioOutMode audioOut, String voice) {
        this(content, dataDir, windowed, eventLog, routine, audioOut, voice, Theme.LIGHT, VoiceInputChoice.off());
    }

    /** Sound on the default device, the clearest installed voice, the light theme, voice commands off. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine) {
        this(content, dataDir, windowed, eventLog, routine, AudioOutMode.DEFAULT, null);
    }

    /**
     * These options with what was not given taken from {@code saved}: the voice chosen in Settings (still to be
     * checked against the installed ones), its theme (light when none), and voice commands on or off with its
     * microphone.
     */
    LaunchOptions over(Preferences saved) {
        return new LaunchOptions(content, dataDir, windowed, eventLog, routine, audioOut,
                voice != null ? voice : saved.voice().orElse(null),
                theme != null ? theme : ThemeArgument.named(saved.theme()).orElse(Theme.LIGHT),
                voiceInput != null ? voiceInput
                        : VoiceInputChoice.fromSettings(saved.voiceCommands(), saved.microphone()),
                kiosk);
    }
}
