package org.footcoach.speech;

/**
 * Told every block the sound output hands to the device, in order, silence included (16-bit little-endian mono at
 * {@link Pcm#SAMPLE_RATE}, after the volume): what the loudspeaker is about to play, so the microphone's copy of it
 * can be taken out. Called on the output's own thread; must be quick.
 */
@FunctionalInterface
public interface PlaybackTap {
    void played(byte[] pcm, int length);

    PlaybackTap NONE = (pcm, length) -> { };
}
