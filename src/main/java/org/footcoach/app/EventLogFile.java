package org.footcoach.app;

import java.io.IOException;
import java.nio.file.Path;
import org.footcoach.session.RealTimeClock;
import org.footcoach.store.EventLog;
import org.footcoach.store.JsonLinesEventLog;

/** Opens the {@code --event-log} file, or a log that keeps nothing when none was given. */
final class EventLogFile {
    private EventLogFile() {
    }

    static EventLog open(Path file) throws IOException {
        if (file == null) {
            return EventLog.discarding();
        }
        return JsonLinesEventLog.open(file, new RealTimeClock());
    }
}
