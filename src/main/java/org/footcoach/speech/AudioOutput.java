package org.footcoach.speech;

/**
 * One continuously running output stream on a timeline counted in samples at {@link Pcm#SAMPLE_RATE} Hz from when it
 * opened. Clips are placed at a sample; silence fills the rest, so onsets are exact to the sample. Volume is applied
 * in steps by scaling samples. Nothing here ever blocks the caller, with or without a sound device.
 */
public interface AudioOutput extends AutoCloseable {
    int MIN_VOLUME_STEP = 0;
    int MAX_VOLUME_STEP = 10;
    int DEFAULT_VOLUME_STEP = 7;
    double DB_PER_STEP = 3.0;

    /** The first timeline sample not yet handed to the device; a clip placed earlier than this starts late. */
    long writeHead();

    /** Places {@code pcm} to start at timeline sample {@code atSample}, or at the write head if that has passed. */
    void play(Pcm pcm, long atSample);

    /** Silences everything playing or placed, at once (for stop and pause). */
    void cancelAll();

    int volumeStep();

    /** Sets the volume step, clamped to {@link #MIN_VOLUME_STEP}..{@link #MAX_VOLUME_STEP}. */
    void setVolumeStep(int step);

    default void louder() {
        setVolumeStep(volumeStep() + 1);
    }

    default void softer() {
        setVolumeStep(volumeStep() - 1);
    }

    /** True when nothing can be heard: no device, {@code --audio-out none}, or the device failed. */
    boolean isSilent();

    @Override
    void close();

    /**
     * The output for {@code --audio-out}: {@code default} probes the sound device, {@code none} is silent. Either
     * way, silence is reported once to {@code listener} with the sentence to show.
     */
    static AudioOutput open(String mode, AudioUnavailableListener listener) {
        return open(mode, listener, PlaybackTap.NONE);
    }

    /** As {@link #open(String, AudioUnavailableListener)}, telling {@code tap} what the sound device plays. */
    static AudioOutput open(String mode, AudioUnavailableListener listener, PlaybackTap tap) {
        if ("none".equals(mode)) {
            listener.audioUnavailable(SpeechMessages.text(SpeechMessages.OFF));
            return new SilentAudioOutput();
        }
        if (!"default".equals(mode)) {
            throw new IllegalArgumentException("--audio-out must be default or none, not \"" + mode + "\".");
        }
        return LineAudioOutput.open(listener, tap);
    }

    /** {@code step} kept within {@link #MIN_VOLUME_STEP}..{@link #MAX_VOLUME_STEP}. */
    static int clampedStep(int step) {
        return Math.max(MIN_VOLUME_STEP, Math.min(MAX_VOLUME_STEP, step));
    }

    /** Gain for a volume step: {@value #DB_PER_STEP} dB a step, unity at the default step. */
    static double gain(int step) {
        return Math.pow(10, (step - DEFAULT_VOLUME_STEP) * DB_PER_STEP / 20);
    }
}
