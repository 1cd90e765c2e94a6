package org.footcoach.speech;

/**
 * Output that plays nothing (for {@code --audio-out none}, or when no device works). Its timeline still advances
 * with real time, so anything that places clips by sample keeps working.
 */
public final class SilentAudioOutput implements AudioOutput {
    private final long startNanos;
    private final long startSample;
    private volatile int volumeStep = DEFAULT_VOLUME_STEP;

    public SilentAudioOutput() {
        this(0);
    }

    /** Continues a timeline that was at {@code startSample} now (when a device fails mid-session). */
    SilentAudioOutput(long startSample) {
        this.startNanos = System.nanoTime();
        this.startSample = startSample;
    }

    @Override
    public long writeHead() {
        return startSample + (System.nanoTime() - startNanos) * Pcm.SAMPLE_RATE / 1_000_000_000L;
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
        volumeStep = Math.max(MIN_VOLUME_STEP, Math.min(MAX_VOLUME_STEP, step));
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
