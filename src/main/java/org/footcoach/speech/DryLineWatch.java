package org.footcoach.speech;

import javax.sound.sampled.AudioFormat;

/**
 * How long a sound line ran dry before a write: a writer that was not given the processor in time lets the line's
 * buffer empty, and the device then plays silence that is not on the output's timeline, so everything after would
 * sound late by that long (measured with {@code bench/figures/sound-path}: 180 such gaps in a 10-minute routine on a
 * busy machine, 5.9 s in all). Knowing it, the writer skips that much of its timeline and stays on the device's clock.
 *
 * <p>After each write, the queued bytes say when the line will run out; a write that returns after that moment found
 * the line empty, and its block began to sound only then. A line that does not say its buffer size, or that says
 * less is queued than was just written into it, tells nothing: no gap is taken from it.
 */
final class DryLineWatch {
    private final double bytesPerNano;
    private final int bufferBytes;
    /** When the line runs out if nothing more is written; none before the first write. */
    private long drainsAtNanos;
    private boolean known;

    DryLineWatch(AudioFormat format, int bufferBytes) {
        this.bytesPerNano = format.getFrameRate() * format.getFrameSize() / 1e9;
        this.bufferBytes = bufferBytes;
    }

    /**
     * A write of {@code writtenBytes} has just returned at {@code nowNanos} with {@code availableBytes} free in the
     * line: the timeline samples ({@value Pcm#SAMPLE_RATE} Hz) the device played as silence before that block, 0 when
     * the line never ran out.
     */
    long written(long nowNanos, int availableBytes, int writtenBytes) {
        long dryNanos = known ? nowNanos - drainsAtNanos : 0;
        int queued = bufferBytes - availableBytes;
        known = bufferBytes > 0 && queued >= writtenBytes;
        drainsAtNanos = nowNanos + Math.round(queued / bytesPerNano);
        return dryNanos > 0 ? dryNanos * Pcm.SAMPLE_RATE / 1_000_000_000L : 0;
    }
}
