package org.footcoach.app;

import java.nio.file.Path;
import org.footcoach.ui.Theme;

/**
 * What the command line asked of the desktop app. Each field is null when not given, except {@code audioOut}
 * (default {@link AudioOutMode#DEFAULT}), {@code theme} (default {@link Theme#LIGHT}) and {@code voiceInput}
 * (default off; the command line turns it on); {@code voice} is the installed voice to use, null for the clearest.
 */
record LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                     AudioOutMode audioOut, String voice, Theme theme, VoiceInputChoice voiceInput) {
    LaunchOptions {
        audioOut = audioOut != null ? audioOut : AudioOutMode.DEFAULT;
        theme = theme != null ? theme : Theme.LIGHT;
        voiceInput = voiceInput != null ? voiceInput : VoiceInputChoice.off();
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
}
