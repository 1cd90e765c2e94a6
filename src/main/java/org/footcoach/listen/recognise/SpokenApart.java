package org.footcoach.listen.recognise;

/**
 * Tells from loudness whether a word was said on its own, as a person gives the app a command, or inside someone's
 * talk ("the film can wait for the weekend"), and where within the recogniser's times a word actually sounds. Just
 * before a command, and a little after it, there is only the room: the loudest 20 ms there is well under the word, or
 * no louder than the room's noise. Inside talk the words around are about as loud as the word. What it gains and
 * costs: bench/RESULTS.md, "People talking nearby". Not thread-safe: one feeder.
 */
final class SpokenApart {

    /** Whether the app itself made a sound between two stream times: then the sound next to a word may be its own. */
    @FunctionalInterface
    interface AppSound {
        boolean between(long fromMillis, long toMillis);
    }

    private static final int CHUNK_SAMPLES = 320;
    private static final int CHUNK_MILLIS = 20;
    /** 30 s: a final result's words lie within its utterance, and Vosk ends an utterance long before that. */
    private static final int KEPT_CHUNKS = 1_500;
    /** The recogniser's word start can be late by a little: the window before the word ends this far before it. */
    private static final long BEFORE_GAP_MILLIS = 60;
    private static final long BEFORE_MILLIS = 400;
    /** Its word end is often early (a soft "-er" or "-f" goes on after it), so the window after starts later. */
    private static final long AFTER_GAP_MILLIS = 150;
    private static final long AFTER_MILLIS = 300;
    /** Less of the window after than this, at the time of deciding, is not judged. */
    private static final long AFTER_JUDGED_MILLIS = 100;
    /** Talk beside the word: louder than half the word's amplitude (-6 dB) ... */
    private static final double TALK_OVER_WORD = 0.5;
    /** ... and over four times (12 dB) the quietest 20 ms of the last 3 s, so steady noise is not taken for talk. */
    private static final double TALK_OVER_FLOOR = 4;
    private static final long FLOOR_MILLIS = 3_000;
    /** Where a word sounds: louder than a tenth (-20 dB) of its loudest 20 ms ... */
    private static final double SOUNDING_UNDER_PEAK = 0.1;
    /** ... and than twice (6 dB) the quietest 20 ms of the last 3 s. */
    private static final double SOUNDING_OVER_FLOOR = 2;

    private final double[] rms = new double[KEPT_CHUNKS];
    private long chunks;
    private double sum;
    private int samples;

    /** 16-bit little-endian mono PCM, following what came before. */
    void feed(byte[] pcm, int length) {
        for (int i = 0; i + 1 < length; i += 2) {
            int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            sum += (double) v * v;
            if (++samples == CHUNK_SAMPLES) {
                rms[(int) (chunks++ % KEPT_CHUNKS)] = Math.sqrt(sum / CHUNK_SAMPLES);
                sum = 0;
                samples = 0;
            }
        }
    }

    /**
     * True when the word heard from {@code fromMillis} to {@code toMillis} (stream times) had talk right before or
     * after it. Talk where the app itself sounded does not count: a person may answer the app at once.
     */
    boolean inTalk(long fromMillis, long toMillis, long nowMillis, AppSound app) {
        double word = loudest(fromMillis, toMillis);
        double floor = quietest(nowMillis - FLOOR_MILLIS, nowMillis);
        long beforeFrom = fromMillis - BEFORE_GAP_MILLIS - BEFORE_MILLIS;
        long beforeTo = fromMillis - BEFORE_GAP_MILLIS;
        if (isTalk(loudest(beforeFrom, beforeTo), word, floor) && !app.between(beforeFrom, beforeTo)) {
            return true;
        }
        long afterFrom = toMillis + AFTER_GAP_MILLIS;
        long afterTo = Math.min(nowMillis, afterFrom + AFTER_MILLIS);
        return afterTo - afterFrom >= AFTER_JUDGED_MILLIS
                && isTalk(loudest(afterFrom, afterTo), word, floor) && !app.between(afterFrom, afterTo);
    }

    /** Where a word sounds on the stream, in ms. */
    record Span(long fromMillis, long toMillis) {
    }

    /**
     * The part of a word heard from {@code fromMillis} to {@code toMillis} where it sounds: from the first to the last
     * 20 ms louder than a tenth (-20 dB) of its loudest and than twice the quietest 20 ms of the last 3 s. The
     * recogniser stretches a word over steady hiss before it (its "h" sounds like hiss): the word then seems too long,
     * and the hiss seems talk right before it. Where nothing stands out like that, the span as given.
     */
    Span sounding(long fromMillis, long toMillis, long nowMillis) {
        double threshold = Math.max(SOUNDING_UNDER_PEAK * loudest(fromMillis, toMillis),
                SOUNDING_OVER_FLOOR * quietest(nowMillis - FLOOR_MILLIS, nowMillis));
        long first = -1;
        long last = -1;
        for (long c = firstKept(fromMillis); c < lastKept(toMillis); c++) {
            if (rms[(int) (c % KEPT_CHUNKS)] > threshold) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            return new Span(fromMillis, toMillis);
        }
        return new Span(Math.max(fromMillis, first * CHUNK_MILLIS), Math.min(toMillis, (last + 1) * CHUNK_MILLIS));
    }

    private static boolean isTalk(double beside, double word, double floor) {
        return beside > TALK_OVER_WORD * word && beside > TALK_OVER_FLOOR * floor;
    }

    private double loudest(long fromMillis, long toMillis) {
        double loudest = 0;
        for (long c = firstKept(fromMillis); c < lastKept(toMillis); c++) {
            loudest = Math.max(loudest, rms[(int) (c % KEPT_CHUNKS)]);
        }
        return loudest;
    }

    private double quietest(long fromMillis, long toMillis) {
        double quietest = Double.MAX_VALUE;
        for (long c = firstKept(fromMillis); c < lastKept(toMillis); c++) {
            quietest = Math.min(quietest, rms[(int) (c % KEPT_CHUNKS)]);
        }
        return quietest == Double.MAX_VALUE ? 0 : quietest;
    }

    /** The first chunk still kept that overlaps time from {@code millis} on. */
    private long firstKept(long millis) {
        return Math.max(Math.max(0, chunks - KEPT_CHUNKS), Math.floorDiv(millis, CHUNK_MILLIS));
    }

    /** One past the last chunk that overlaps time before {@code millis}. */
    private long lastKept(long millis) {
        return Math.min(chunks, Math.floorDiv(millis + CHUNK_MILLIS - 1, CHUNK_MILLIS));
    }
}
