package org.footcoach.app;

import java.nio.file.Path;
import org.footcoach.ui.Theme;

/**
 * What the command line asked of the desktop app. Each field is null when not given, except {@code audioOut}
 * (default {@link AudioOutMode#DEFAULT}) and {@code theme} (default {@link Theme#LIGHT}); {@code voice} is the
 * installed voice to use, null for the clearest.
 */
record LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                     AudioOutMode audioOut, String voice, Theme theme) {
    LaunchOptions {
        audioOut = audioOut != null ? audioOut : AudioOutMode.DEFAULT;
        theme = theme != null ? theme : Theme.LIGHT;
    }

    /** The light theme. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                  AudioOutMode audioOut, String voice) {
        this(content, dataDir, windowed, eventLog, routine, audioOut, voice, Theme.LIGHT);
    }

    /** Sound on the default device, the clearest installed voice. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine) {
        this(content, dataDir, windowed, eventLog, routine, AudioOutMode.DEFAULT, null);
    }
}
