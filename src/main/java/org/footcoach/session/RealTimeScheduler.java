package org.footcoach.session;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler on real time for the live app, over a single-threaded executor: that thread is the engine's thread.
 * Times are read on a clock it is given, which must run in real time ({@link RealTimeClock}). A task that throws is
 * logged and the executor goes on. A task given after {@link #close} is dropped, with a log line: the session it was
 * for has ended (a voice command may arrive just then).
 */
public final class RealTimeScheduler implements Scheduler, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RealTimeScheduler.class.getName());

    private final ScheduledExecutorService executor;
    private final Clock clock;

    /** {@code executor} must run one task at a time (a single thread). */
    public RealTimeScheduler(ScheduledExecutorService executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** A scheduler on {@code clock} with its own daemon thread called {@code threadName}. */
    public static RealTimeScheduler singleThread(String threadName, Clock clock) {
        return new RealTimeScheduler(Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        }), clock);
    }

    @Override
    public Scheduled at(long atMillis, Runnable task) {
        long delay = atMillis == Long.MIN_VALUE ? 0 : Math.max(0, atMillis - clock.millis());
        ScheduledFuture<?> future;
        try {
            future = executor.schedule(() -> runLogged(task), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.log(System.Logger.Level.INFO, "A task came after the session had ended; it is dropped.");
            return () -> { };
        }
        return () -> future.cancel(false);
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "A session task failed; the session goes on.", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
