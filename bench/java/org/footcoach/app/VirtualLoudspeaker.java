package org.footcoach.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.footcoach.speech.AudioOutput;
import org.footcoach.speech.Pcm;
import org.footcoach.speech.PlaybackTap;

/**
 * The app's sound output on the simulated microphone's clock: clips are placed on a timeline of samples and handed
 * over in 20 ms blocks, after the volume, only as far as the microphone asks ({@link #handOverUntil}), as a sound
 * card's line takes them in real time. Each block handed over goes to the tap (the echo canceller's copy) and is kept,
 * so the room can play what the loudspeaker really played, pauses and cut-off sentences included.
 */
final class VirtualLoudspeaker implements AudioOutput {
    private static final int BLOCK = 320;

    private record Placed(Pcm pcm, long atSample) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final PlaybackTap tap;
    private short[] handed = new short[Pcm.SAMPLE_RATE * 60];
    private long head;
    private int volumeStep = DEFAULT_VOLUME_STEP;

    VirtualLoudspeaker(PlaybackTap tap) {
        this.tap = tap;
    }

    @Override
    public synchronized long writeHead() {
        return head;
    }

    @Override
    public synchronized void play(Pcm pcm, long atSample) {
        placed.add(new Placed(pcm, Math.max(atSample, head)));
    }

    @Override
    public synchronized void cancelAll() {
        placed.clear();
    }

    @Override
    public synchronized int volumeStep() {
        return volumeStep;
    }

    @Override
    public synchronized void setVolumeStep(int step) {
        volumeStep = AudioOutput.clampedStep(step);
    }

    @Override
    public boolean isSilent() {
        return false;
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    /** Hands whole blocks to the "device" until the write head reaches {@code sample}. */
    synchronized void handOverUntil(long sample) {
        double gain = AudioOutput.gain(volumeStep);
        byte[] bytes = new byte[2 * BLOCK];
        while (head + BLOCK <= sample) {
            if (head + BLOCK > handed.length) {
                handed = Arrays.copyOf(handed, handed.length * 2);
            }
            for (int i = 0; i < BLOCK; i++) {
                long at = head + i;
                double s = 0;
                for (Placed clip : placed) {
                    long k = at - clip.atSample();
                    if (k >= 0 && k < clip.pcm().sampleCount()) {
                        s += clip.pcm().sampleAt((int) k);
                    }
                }
                short out = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(s * gain)));
                handed[(int) at] = out;
                bytes[2 * i] = (byte) out;
                bytes[2 * i + 1] = (byte) (out >> 8);
            }
            tap.played(bytes, bytes.length);
            head += BLOCK;
            for (Iterator<Placed> it = placed.iterator(); it.hasNext(); ) {
                Placed clip = it.next();
                if (clip.atSample() + clip.pcm().sampleCount() <= head) {
                    it.remove();
                }
            }
        }
    }

    /** {@code length} samples as played from {@code from} on; silence before the start and where not played yet. */
    synchronized short[] played(long from, int length) {
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            long at = from + i;
            out[i] = at >= 0 && at < head ? handed[(int) at] : 0;
        }
        return out;
    }
}
