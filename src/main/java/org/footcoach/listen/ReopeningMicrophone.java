package org.footcoach.listen;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A microphone that, when it stops (unplugged, or taken by another program), is opened again every
 * {@value #RETRY_MILLIS} ms until it works; one that is not there yet is waited for the same way
 * ({@link #openWhenThere}). Once it has worked and stops, it gives silence at the pace of real time, so the stream's
 * timeline stays on the clock's for the echo guard, and {@link #hearsNothing()} is true, so the person is told.
 * Read and closed by one thread.
 */
public final class ReopeningMicrophone implements AudioSource {
    static final long RETRY_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(ReopeningMicrophone.class.getName());

    /** Opens the microphone; fails with one sentence for a person. */
    @FunctionalInterface
    public interface Opener {
        AudioSource open() throws AudioUnavailableException;
    }

    private final Opener opener;
    private final RealTimePace.Time time;
    private final String name;
    private AudioSource current;
    private RealTimePace silence;
    private long nextTryMillis;
    private boolean closed;

    ReopeningMicrophone(Opener opener, AudioSource first, RealTimePace.Time time) {
        this.opener = opener;
        this.current = first;
        this.name = first.name();
        this.time = time;
    }

    /**
     * Opens the microphone, trying again every {@value #RETRY_MILLIS} ms until it opens. The first time it does not,
     * {@code missing} hears the sentence why, once. Interrupting the thread ends the wait.
     */
    public static ReopeningMicrophone openWhenThere(Opener opener, Consumer<String> missing)
            throws InterruptedException {
        return openWhenThere(opener, missing, RealTimePace.Time.REAL);
    }

    static ReopeningMicrophone openWhenThere(Opener opener, Consumer<String> missing, RealTimePace.Time time)
            throws InterruptedException {
        boolean told = false;
        while (true) {
            try {
                return new ReopeningMicrophone(opener, opener.open(), time);
            } catch (AudioUnavailableException e) {
                if (!told) {
                    // The cause is Java Sound's own words, for whoever reads the log; the person sees the message.
                    LOG.info(() -> "No microphone yet (" + e.getMessage()
                            + (e.getCause() != null ? " " + e.getCause() : "") + "); trying again every "
                            + RETRY_MILLIS + " ms.");
                    missing.accept(e.getMessage());
                    told = true;
                } else {
                    LOG.fine(() -> "Still no microphone: " + e.getMessage());
                }
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped waiting for a microphone");
            }
            time.sleepNanos(TimeUnit.MILLISECONDS.toNanos(RETRY_MILLIS));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (closed) {
            return -1;
        }
        if (current != null) {
            int n;
            try {
                n = current.read(buffer);
            } catch (IOException | RuntimeException e) {
                // Java Sound's lines throw unchecked exceptions when their device goes: the same as unplugged.
                LOG.log(Level.WARNING, "Reading " + name + " failed", e);
                n = -1;
            }
            if (n > 0) {
                return n;
            }
            lose();
        }
        return silent(buffer);
    }

    private void lose() {
        LOG.warning(() -> name + " stopped giving sound; opening it again every " + RETRY_MILLIS + " ms.");
        AudioSource gone = current;
        current = null;
        // A device that has gone can hang when closed.
        Thread closer = new Thread(gone::close, "microphone-close");
        closer.setDaemon(true);
        closer.start();
        silence = new RealTimePace(time);
        nextTryMillis = RETRY_MILLIS;
    }

    private int silent(byte[] buffer) throws IOException {
        int n = buffer.length - buffer.length % 2;
        Arrays.fill(buffer, 0, n, (byte) 0);
        try {
            silence.letOut(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Waiting for " + name + " was interrupted.", e);
        }
        long heardMillis = silence.millisLetOut();
        if (heardMillis >= nextTryMillis) {
            nextTryMillis += RETRY_MILLIS;
            try {
                current = opener.open();
                LOG.info(() -> name + " works again.");
            } catch (AudioUnavailableException e) {
                LOG.fine(() -> name + " cannot be opened yet: " + e.getMessage());
            }
        }
        return n;
    }

    @Override
    public boolean hearsNothing() {
        return current == null || current.hearsNothing();
    }

    @Override
    public boolean hearsOnlyNoise() {
        return current != null && current.hearsOnlyNoise();
    }

    @Override
    public void close() {
        closed = true;
        if (current != null) {
            current.close();
        }
    }
}
