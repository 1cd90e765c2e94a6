package org.footcoach.speech;

import java.util.ArrayList;
import java.util.List;

/** An output whose write head the test moves by hand, recording what was placed where. */
final class ManualOutput implements AudioOutput {
    /** As an output with no device, or one that failed: it takes clips, and nobody hears them. */
    boolean silent;
    record Placed(Pcm pcm, long atSample) {
    }

    long head;
    int volume = DEFAULT_VOLUME_STEP;
    int cancels;
    final List<Placed> placed = new ArrayList<>();
    final List<Long> placedAt = new ArrayList<>();

    @Override
    public long writeHead() {
        return head;
    }

    @Override
    public void play(Pcm pcm, long atSample) {
        placed.add(new Placed(pcm, atSample));
        placedAt.add(atSample);
    }

    @Override
    public void cancelAll() {
        cancels++;
    }

    @Override
    public int volumeStep() {
        return volume;
    }

    @Override
    public void setVolumeStep(int step) {
        volume = Math.max(MIN_VOLUME_STEP, Math.min(MAX_VOLUME_STEP, step));
    }

    @Override
    public boolean isSilent() {
        return silent;
    }

    @Override
    public void close() {
        placed.clear();
    }
}
