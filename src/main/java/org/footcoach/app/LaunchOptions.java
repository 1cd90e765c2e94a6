package org.footcoach.app;

import java.nio.file.Path;

/**
 * What the command line asked of the desktop app. Each field is null when not given, except {@code audioOut}
 * (default {@link AudioOutMode#DEFAULT}) and {@code voiceInput} (default off; the command line turns it on);
 * {@code voice} is the installed voice to use, null for the clearest.
 */
record LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                     AudioOutMode audioOut, String voice, VoiceInputChoice voiceInput) {
    LaunchOptions {
        audioOut = audioOut != null ? audioOut : AudioOutMode.DEFAULT;
        voiceInput = voiceInput != null ? voiceInput : VoiceInputChoice.off();
    }

    /** Voice commands off. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine,
                  AudioOutMode audioOut, String voice) {
        this(content, dataDir, windowed, eventLog, routine, audioOut, voice, VoiceInputChoice.off());
    }

    /** Sound on the default device, the clearest installed voice, voice commands off. */
    LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine) {
        this(content, dataDir, windowed, eventLog, routine, AudioOutMode.DEFAULT, null);
    }
}
