package org.footcoach.app;

import java.nio.file.Path;

/** What the command line asked of the desktop app. Each field is null when not given. */
record LaunchOptions(Path content, Path dataDir, WindowSize windowed, Path eventLog, String routine) {
}
