package org.footcoach.speech;

import java.util.function.LongSupplier;

/**
 * Output that plays nothing (for {@code --audio-out none}, or when no device works). Its timeline still advances
 * with real time, so anything that places clips by sample keeps working.
 */
public final class SilentAudioOutput implements AudioOutput {
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final long startSample;
    private volatile int volumeStep = DEFAULT_VOLUME_STEP;

    public SilentAudioOutput() {
        this(0);
    }

    /** Continues a timeline that was at {@code startSample} now (when a device fails mid-session). */
    SilentAudioOutput(long startSample) {
        this(startSample, System::nanoTime);
    }

    /** As above, reading time from {@code nanoTime} (tests move it by hand). */
    SilentAudioOutput(long startSample, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.startSample = startSample;
    }

    @Override
    public long writeHead() {
        return startSample + (nanoTime.getAsLong() - startNanos) * Pcm.SAMPLE_RATE / 1_000_000_000L;
    }

    @Override
    public void play(Pcm pcm, long atSample) {
        // Silent by design: the caption carries the words.
    }

    @Override
    public void cancelAll() {
        // Nothing is playing.
    }

    @Override
    public int volumeStep() {
        return volumeStep;
    }

    @Override
    public void setVolumeStep(int step) {
        volumeStep = AudioOutput.clampedStep(step);
    }

    @Override
    public boolean isSilent() {
        return true;
    }

    @Override
    public void close() {
        // No device to release.
    }
}
