package org.footcoach.listen.recognise;

/**
 * Tells from loudness alone how long the input has been quiet, so the end of a spoken word is known before Vosk's
 * own end of utterance (which waits for a quarter second of decoded silence, and more). A 20 ms chunk is speech when
 * its RMS is above both a least level and a factor times the running noise floor: for word ends
 * {@link #MIN_SPEECH_RMS} and {@link #FLOOR_FACTOR}, for any sound at all ({@link #anySound()}) lower ones. Only in a
 * quiet room ({@link #QUIET_ROOM_RMS}); above it, {@link #noisyRoom()} says so. Not thread-safe: one feeder.
 */
final class SpeechEnd {
    static final double MIN_SPEECH_RMS = 300;
    static final double FLOOR_FACTOR = 4;
    /**
     * For {@link RestingRecognizer}: any sound clearly above the room counts, soft speech included (RMS 50 is about
     * -56 dBFS; the floor factor is 6 dB).
     */
    static final double MIN_SOUND_RMS = 50;
    static final double SOUND_FLOOR_FACTOR = 2;
    /**
     * Above this background level loudness reports no word end: measured, in household noise a second hearing cut
     * where loudness put the end of the word was less accurate than Vosk's own end of utterance (bench/RESULTS.md,
     * "Latency: deciding at the end of the word").
     */
    static final double QUIET_ROOM_RMS = 400;
    private static final double FLOOR_FALL = 0.3;
    private static final double FLOOR_RISE = 0.005;
    private static final double LOWEST_FLOOR = 20;
    private static final int SAMPLES_PER_MILLI = 16;
    /** Quiet at least this long between two runs of speech parts two sounds; the words of "go on" are closer. */
    static final long SOUND_GAP_MILLIS = 250;

    private final double minSpeechRms;
    private final double floorFactor;
    private double noiseFloor = -1;
    private long lastSpeechMillis = Long.MIN_VALUE / 2;
    private long soundStartMillis = Long.MIN_VALUE / 2;
    private boolean heardSpeech;

    /** Tells where words end: speech is loud ({@link #MIN_SPEECH_RMS}, {@link #FLOOR_FACTOR}). */
    SpeechEnd() {
        this(MIN_SPEECH_RMS, FLOOR_FACTOR);
    }

    /** A chunk counts as speech when its RMS is above {@code minSpeechRms} and {@code floorFactor} times the floor. */
    SpeechEnd(double minSpeechRms, double floorFactor) {
        this.minSpeechRms = minSpeechRms;
        this.floorFactor = floorFactor;
    }

    /** Tells when anything at all above the room has sounded ({@link #MIN_SOUND_RMS}, {@link #SOUND_FLOOR_FACTOR}). */
    static SpeechEnd anySound() {
        return new SpeechEnd(MIN_SOUND_RMS, SOUND_FLOOR_FACTOR);
    }

    /** 16-bit little-endian mono PCM that ends at stream time {@code endMillis}. */
    void feed(byte[] pcm, int length, long endMillis) {
        double rms = Math.max(rms(pcm, length), LOWEST_FLOOR);
        if (noiseFloor < 0) {
            noiseFloor = rms;
        }
        if (rms > Math.max(minSpeechRms, floorFactor * noiseFloor)) {
            long startMillis = endMillis - length / 2 / SAMPLES_PER_MILLI;
            if (startMillis - lastSpeechMillis >= SOUND_GAP_MILLIS) {
                soundStartMillis = startMillis;
            }
            lastSpeechMillis = endMillis;
            heardSpeech = true;
        }
        // The floor drops at once to quieter sound and creeps up (seconds) under steady louder sound, so a fan that
        // was already running at the start, or starts later, becomes the floor, and a word does not.
        noiseFloor += (rms < noiseFloor ? FLOOR_FALL : FLOOR_RISE) * (rms - noiseFloor);
    }

    /** How long it has been quiet at {@code nowMillis}; 0 before any speech was heard, and in a noisy room. */
    long quietMillis(long nowMillis) {
        return heardSpeech && !noisyRoom() ? nowMillis - lastSpeechMillis : 0;
    }

    /**
     * Whether nothing louder than the room has sounded since {@code fromMillis} (true when no speech was ever heard);
     * false in a noisy room, where loudness cannot tell.
     */
    boolean quietSince(long fromMillis) {
        return !noisyRoom() && lastSpeechMillis < fromMillis;
    }

    /**
     * Where the latest sound began, on the stream: the first speech chunk after quiet of {@link #SOUND_GAP_MILLIS} or
     * more. Very early when no speech was heard.
     */
    long soundStartMillis() {
        return soundStartMillis;
    }

    /** Where the latest speech chunk ended, on the stream. */
    long lastSpeechMillis() {
        return lastSpeechMillis;
    }

    /** The background is too loud for loudness to tell where a word ends. */
    boolean noisyRoom() {
        return noiseFloor > QUIET_ROOM_RMS;
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
