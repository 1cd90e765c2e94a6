package org.footcoach.app;

import java.io.PrintWriter;
import org.footcoach.store.EventLog;

/** A bug that escaped: one line for the person, the details in the event log, never a stack trace on screen. */
final class UncaughtProblemReport implements Thread.UncaughtExceptionHandler {
    private final EventLog log;
    private final PrintWriter err;

    UncaughtProblemReport(EventLog log, PrintWriter err) {
        this.log = log;
        this.err = err;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        log.error("uncaught on thread " + thread.getName(), problem);
        err.println(CliText.get("error.unexpected", problem.getMessage() != null ? problem.getMessage()
                : problem.getClass().getSimpleName()));
    }
}
