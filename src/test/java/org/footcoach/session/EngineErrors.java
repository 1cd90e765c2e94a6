package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Catches what the engine logs as errors (a command that failed inside), so tests can say there were none. */
final class EngineErrors extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger(SessionEngine.class.getName());
    final List<String> errors = new ArrayList<>();

    private final boolean parentHandlers = logger.getUseParentHandlers();

    /** Also keeps the expected errors off the console while it listens. */
    EngineErrors() {
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(record.getMessage() + (record.getThrown() == null ? "" : ": " + record.getThrown()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(parentHandlers);
    }
}
