package org.footcoach.speech;

/**
 * Brings every voice to the same loudness: the RMS of the voiced part to {@value #TARGET_DBFS} dBFS, without letting
 * any peak pass {@value #PEAK_LIMIT_DBFS} dBFS (a quieter result beats a clipped one).
 */
public final class Loudness {
    public static final double TARGET_DBFS = -18.0;
    public static final double PEAK_LIMIT_DBFS = -1.0;
    private static final int FRAME = Pcm.SAMPLES_PER_MILLI * 20;
    /** Frames more than this far below the loudest frame are pauses and do not count toward the level. */
    private static final double GATE_DB = 30.0;

    private Loudness() {
    }

    /** Levelled copy of {@code samples} (full scale is 1.0). Silence stays silence. */
    public static Pcm level(float[] samples) {
        double rms = voicedRms(samples);
        double peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        if (rms <= 0 || peak <= 0) {
            return Pcm.silence(samples.length);
        }
        double gain = Math.min(fromDb(TARGET_DBFS) / rms, fromDb(PEAK_LIMIT_DBFS) / peak);
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = toShort(samples[i] * gain);
        }
        return Pcm.wrap(out);
    }

    /** RMS over 20 ms frames that are not pauses, as a fraction of full scale. */
    public static double voicedRms(float[] samples) {
        int frames = (samples.length + FRAME - 1) / FRAME;
        double[] energy = new double[frames];
        double loudest = 0;
        for (int f = 0; f < frames; f++) {
            int end = Math.min(samples.length, (f + 1) * FRAME);
            double sum = 0;
            for (int i = f * FRAME; i < end; i++) {
                sum += (double) samples[i] * samples[i];
            }
            energy[f] = sum / (end - f * FRAME);
            loudest = Math.max(loudest, energy[f]);
        }
        double gate = loudest * fromDb(-GATE_DB) * fromDb(-GATE_DB);
        double sum = 0;
        int counted = 0;
        for (double e : energy) {
            if (e > gate) {
                sum += e;
                counted++;
            }
        }
        return counted == 0 ? 0 : Math.sqrt(sum / counted);
    }

    public static double voicedRmsDbfs(Pcm pcm) {
        float[] samples = new float[pcm.sampleCount()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = pcm.sampleAt(i) / 32768f;
        }
        return 20 * Math.log10(voicedRms(samples));
    }

    static short toShort(double fullScale) {
        long v = Math.round(fullScale * 32767.0);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }

    static double fromDb(double db) {
        return Math.pow(10, db / 20);
    }
}
