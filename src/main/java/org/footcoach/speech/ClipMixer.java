package org.footcoach.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The clips placed on a live output's timeline, mixed one block at a time and packed as 16-bit samples. Clips are
 * placed and cancelled from any thread while the output's writer thread mixes.
 */
final class ClipMixer {
    private static final float LIMIT_KNEE = 0.9f;

    private record Placed(Pcm pcm, long atSample) {
    }

    private final List<Placed> placed = new ArrayList<>();
    /** End of the block being mixed: the first sample a new clip can still join. Guarded by {@link #placed}. */
    private long mixedUpTo;

    /** Places {@code pcm} at {@code atSample}, or at the first sample still to be mixed if that one has passed. */
    void place(Pcm pcm, long atSample) {
        synchronized (placed) {
            placed.add(new Placed(pcm, Math.max(atSample, mixedUpTo)));
        }
    }

    /** Mixes the block that starts at {@code blockStart} into {@code mix}, dropping the clips that end in it. */
    void mixBlock(float[] mix, long blockStart) {
        Arrays.fill(mix, 0f);
        synchronized (placed) {
            mixedUpTo = blockStart + mix.length;
            for (Iterator<Placed> it = placed.iterator(); it.hasNext(); ) {
                Placed clip = it.next();
                clip.pcm().mixInto(mix, blockStart, clip.atSample());
                if (clip.atSample() + clip.pcm().sampleCount() <= mixedUpTo) {
                    it.remove();
                }
            }
        }
    }

    long mixedUpTo() {
        synchronized (placed) {
            return mixedUpTo;
        }
    }

    void clear() {
        synchronized (placed) {
            placed.clear();
        }
    }

    /** Drops every clip; the next block is mixed from {@code head}. */
    void restartAt(long head) {
        synchronized (placed) {
            placed.clear();
            mixedUpTo = head;
        }
    }

    /** Scales, limits softly above the knee so a loud step never clips hard, and packs little-endian 16-bit. */
    static void toBytes(float[] mix, float gain, byte[] bytes) {
        for (int i = 0; i < mix.length; i++) {
            float x = mix[i] * gain / 32768f;
            float magnitude = Math.abs(x);
            if (magnitude > LIMIT_KNEE) {
                float over = (magnitude - LIMIT_KNEE) / (1 - LIMIT_KNEE);
                x = Math.signum(x) * (LIMIT_KNEE + (1 - LIMIT_KNEE) * (float) Math.tanh(over));
            }
            short s = Loudness.toShort(x);
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
    }
}
