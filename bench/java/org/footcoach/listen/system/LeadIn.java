package org.footcoach.listen.system;

/**
 * A second put before each signal sent through the sound server, so its recording can be lined up with what was
 * sent: the microphone's lead-in has a tone sweep while the loudspeaker is still silent (so no canceller touches it),
 * and the recording is cut where the sweep is found.
 */
final class LeadIn {
    static final int LENGTH = 16_000;
    private static final int SWEEP_AT = 3_200;
    private static final short[] SWEEP = sweep(4_800, 400, 2_400, 6_000);

    private LeadIn() {
    }

    /** {@code pcm} after a silent lead-in: the loudspeaker's side. */
    static short[] silentBefore(short[] pcm) {
        short[] out = new short[LENGTH + pcm.length];
        System.arraycopy(pcm, 0, out, LENGTH, pcm.length);
        return out;
    }

    /** {@code pcm} after a lead-in with the sweep: the microphone's side. */
    static short[] markedBefore(short[] pcm) {
        short[] out = silentBefore(pcm);
        System.arraycopy(SWEEP, 0, out, SWEEP_AT, SWEEP.length);
        return out;
    }

    /**
     * Where in {@code recording} the signal after a marked lead-in starts: the sweep's onset is the first loud sample,
     * and cross-correlation around it places the sweep to the sample.
     */
    static int signalStart(short[] recording) {
        int onset = 0;
        while (onset < recording.length && Math.abs(recording[onset]) < 1_500) {
            onset++;
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = Math.max(0, onset - 400); lag <= onset + 100 && lag + SWEEP.length <= recording.length; lag++) {
            double score = 0;
            for (int i = 0; i < SWEEP.length; i++) {
                score += (double) recording[lag + i] * SWEEP[i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best - SWEEP_AT + LENGTH;
    }

    /** {@code length} samples of {@code recording} from {@code from}, silence past its end. */
    static short[] cut(short[] recording, int from, int length) {
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            int at = from + i;
            out[i] = at >= 0 && at < recording.length ? recording[at] : 0;
        }
        return out;
    }

    private static short[] sweep(int samples, double fromHz, double toHz, double amplitude) {
        short[] out = new short[samples];
        double phase = 0;
        for (int i = 0; i < samples; i++) {
            double hz = fromHz + (toHz - fromHz) * i / samples;
            phase += 2 * Math.PI * hz / 16_000;
            double fade = Math.min(1, Math.min(i, samples - i) / 160.0);
            out[i] = (short) Math.round(amplitude * fade * Math.sin(phase));
        }
        return out;
    }
}
