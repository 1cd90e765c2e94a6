package org.footcoach.listen;

/**
 * Tells from loudness alone how long the input has been quiet, so the end of a spoken word is known before Vosk's
 * own end of utterance (which waits for a quarter second of decoded silence, and more). A 20 ms chunk is speech when
 * its RMS is above both {@link #MIN_SPEECH_RMS} and {@link #FLOOR_FACTOR} times the running noise floor; the floor
 * follows the quiet chunks. Not thread-safe: one feeder.
 */
final class SpeechEnd {
    static final double MIN_SPEECH_RMS = 300;
    static final double FLOOR_FACTOR = 4;
    private static final double FLOOR_FOLLOW = 0.1;
    private static final double LOWEST_FLOOR = 20;

    private double noiseFloor = 100;
    private long lastSpeechMillis = Long.MIN_VALUE / 2;
    private boolean heardSpeech;

    /** 16-bit little-endian mono PCM that ends at stream time {@code endMillis}. */
    void feed(byte[] pcm, int length, long endMillis) {
        double rms = rms(pcm, length);
        if (rms > Math.max(MIN_SPEECH_RMS, FLOOR_FACTOR * noiseFloor)) {
            lastSpeechMillis = endMillis;
            heardSpeech = true;
        } else {
            noiseFloor += FLOOR_FOLLOW * (Math.max(rms, LOWEST_FLOOR) - noiseFloor);
        }
    }

    /** How long it has been quiet at {@code nowMillis}; 0 before any speech was heard. */
    long quietMillis(long nowMillis) {
        return heardSpeech ? nowMillis - lastSpeechMillis : 0;
    }

    private static double rms(byte[] pcm, int length) {
        int samples = length / 2;
        if (samples == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            sum += (double) v * v;
        }
        return Math.sqrt(sum / samples);
    }
}
