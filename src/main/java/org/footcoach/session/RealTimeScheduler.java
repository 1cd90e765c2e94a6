package org.footcoach.session;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Clock and scheduler on real time for the live app, over a single-threaded executor: that thread is the
 * engine's thread. A task that throws is logged and the executor goes on. A task given after {@link #close} is
 * dropped, with a log line: the session it was for has ended (a voice command may arrive just then).
 */
public final class RealTimeScheduler implements Clock, Scheduler, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RealTimeScheduler.class.getName());

    private final ScheduledExecutorService executor;
    private final long originNanos = System.nanoTime();

    /** {@code executor} must run one task at a time (a single thread). */
    public RealTimeScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** A scheduler with its own daemon thread called {@code threadName}. */
    public static RealTimeScheduler singleThread(String threadName) {
        return new RealTimeScheduler(Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        }));
    }

    @Override
    public long millis() {
        return (System.nanoTime() - originNanos) / 1_000_000L;
    }

    @Override
    public Scheduled at(long atMillis, Runnable task) {
        long delay = atMillis == Long.MIN_VALUE ? 0 : Math.max(0, atMillis - millis());
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
