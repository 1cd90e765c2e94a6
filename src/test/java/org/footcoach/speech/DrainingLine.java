package org.footcoach.speech;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.SourceDataLine;

/**
 * A stand-in device that plays on a virtual clock, as a sound server does: what is written queues behind what is still
 * sounding, and a line left empty plays silence of its own until the next write, which then sounds at once. It keeps
 * what it played by the device's own sample clock ({@link #track()}). Each write waits for the test ({@link #write}).
 */
final class DrainingLine {
    static final long NANOS_PER_SAMPLE = 1_000_000_000L / Pcm.SAMPLE_RATE;

    final AtomicLong nanos = new AtomicLong();
    private final Semaphore arrived = new Semaphore(0);
    private final Semaphore allowed = new Semaphore(0);
    private final Semaphore done = new Semaphore(0);
    private final int bufferBytes;
    private long queuedUntilNanos;
    private short[] track = new short[0];

    DrainingLine(int bufferBlocks) {
        this.bufferBytes = bufferBlocks * LineAudioOutput.BLOCK_SAMPLES * 2;
    }

    SourceDataLine line() {
        return (SourceDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "write" -> take((byte[]) args[0], (int) args[1], (int) args[2]);
                    case "available" -> available();
                    case "getBufferSize" -> bufferBytes;
                    case "isOpen", "isActive", "isRunning" -> true;
                    case "getFormat" -> LineAudioOutput.FORMAT;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "DrainingLine";
                    default -> null;
                });
    }

    /** Waits until the writer is at its next write, moves the clock on by {@code millis}, then lets the write through. */
    void write(long millis) throws InterruptedException {
        arrived.acquire();
        nanos.addAndGet(millis * 1_000_000L);
        allowed.release();
        done.acquire();
    }

    private synchronized int available() {
        long queuedSamples = Math.max(0, queuedUntilNanos - nanos.get()) / NANOS_PER_SAMPLE;
        return (int) Math.max(0, bufferBytes - queuedSamples * 2);
    }

    private int take(byte[] bytes, int offset, int length) throws InterruptedException {
        arrived.release();
        allowed.acquire();
        synchronized (this) {
            long startNanos = Math.max(nanos.get(), queuedUntilNanos);
            int at = (int) (startNanos / NANOS_PER_SAMPLE);
            int samples = length / 2;
            if (track.length < at + samples) {
                track = Arrays.copyOf(track, at + samples);
            }
            for (int i = 0; i < samples; i++) {
                track[at + i] = (short) ((bytes[offset + 2 * i] & 0xff) | (bytes[offset + 2 * i + 1] << 8));
            }
            queuedUntilNanos = startNanos + samples * NANOS_PER_SAMPLE;
        }
        done.release();
        return length;
    }

    /** What the device played, each sample at its place on the device's clock (silence where it ran dry). */
    synchronized short[] track() {
        return track.clone();
    }
}
