package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * While open, keeps every exception no thread caught (the event thread's included: it hands them to the default
 * handler) and every error the app logs (a session step or listener that failed is logged, and the session goes
 * on), so a reliability test can say after each event that there were none. Puts the old handler back on close.
 */
final class CaughtProblems extends Handler implements AutoCloseable {
    private final Logger appLogger = Logger.getLogger("org.footcoach");
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private final List<String> problems = new ArrayList<>();

    CaughtProblems() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> add("uncaught on " + thread.getName(), e));
        appLogger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            add("logged by " + record.getLoggerName() + ": " + record.getMessage(), record.getThrown());
        }
    }

    private synchronized void add(String what, Throwable thrown) {
        problems.add(what + (thrown == null ? "" : ": " + thrown + " at " + firstFrames(thrown)));
    }

    private static String firstFrames(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        StringBuilder frames = new StringBuilder();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            frames.append(i == 0 ? "" : " < ").append(trace[i]);
        }
        return frames.toString();
    }

    /** What was caught so far. */
    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void flush() {
        // Nothing buffered.
    }

    @Override
    public void close() {
        appLogger.removeHandler(this);
        Thread.setDefaultUncaughtExceptionHandler(before);
    }
}
