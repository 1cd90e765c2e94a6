package org.footcoach.listen.cancel;

import java.io.IOException;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.footcoach.listen.AudioSource;
import org.footcoach.listen.RecentLowest;

/**
 * A microphone with the app's own voice taken out ({@link EchoCanceller}), so "stop" said over the app is heard. The
 * played sound is lined up with the microphone by the sample counts on both sides when reading starts, then by the
 * delay {@link EchoDelay} measures; until it has measured one, the microphone passes through unchanged. When the
 * counts come to pair differently later (see {@link #followPairing}), the range the delay is looked for in moves
 * with them.
 */
public final class EchoCancellingSource implements AudioSource {
    private static final Logger LOG = Logger.getLogger(EchoCancellingSource.class.getName());
    private static final int TAPS = 768;             // 48 ms: the margin, the direct path and 38 ms of room after it
    private static final int MARGIN = 160;           // 10 ms of the filter before the measured delay
    private static final int MAX_DELAY = 9_600;      // 0.6 s more (after SOONEST) of sound card buffers and room
    private static final int DELAY_WINDOW = 16_000;  // 1 s compared per estimate
    private static final int ESTIMATE_EVERY = 8_000; // 0.5 s
    /**
     * A smaller move of the delay stays inside the filter's margin: the filter follows it by learning. Measured delays
     * wander on a busy machine (bench/RESULTS.md, "Echo canceller").
     */
    private static final int DELAY_TOLERANCE = MARGIN;
    /**
     * The echo is never sooner than this after the sample was handed to the output: the output's own line buffer
     * (80 ms) lies between. The newest played samples are not there yet when the microphone's arrive (the two threads
     * take turns), so delays are looked for from here on.
     */
    private static final int SOONEST = 1_280;

    /** How much of the microphone's latest audio the pairing of the two counts is taken over (see below). */
    private static final int PAIRING_STRETCH = 32_000;  // 2 s
    /**
     * A smaller move of that pairing is the buffers' own unevenness, not samples lost (bench/RESULTS.md, "Samples lost
     * on one side").
     */
    private static final int PAIRING_TOLERANCE = 640;   // 40 ms
    /** The delay until measured; one restated after such a move (see {@link #followPairing}) may be below zero. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final AudioSource microphone;
    private final PlayedAudio played;
    private final EchoCanceller canceller = new EchoCanceller(TAPS);
    private final EchoResidue residue = new EchoResidue();
    private final PlayedShare share = new PlayedShare();
    private final RecentLowest pairings = new RecentLowest(PAIRING_STRETCH);
    private long pairedAtMic;
    private long pairing = Long.MIN_VALUE;
    private EchoDelay delayFinder = new EchoDelay(MAX_DELAY, DELAY_WINDOW);
    private long micSamples;
    private long offset = Long.MIN_VALUE;
    private int delay = UNKNOWN;
    private int lastMeasured = UNKNOWN;
    private int sinceEstimate;
    private short[] mic = new short[0];
    private short[] reference = new short[0];
    private short[] cleaned = new short[0];
    private short[] filtered = new short[0];

    public EchoCancellingSource(AudioSource microphone, PlayedAudio played) {
        this.microphone = microphone;
        this.played = played;
    }

    @Override
    public String name() {
        return microphone.name();
    }

    @Override
    public boolean endsByItself() {
        return microphone.endsByItself();
    }

    @Override
    public boolean hearsNothing() {
        return microphone.hearsNothing();
    }

    @Override
    public boolean hearsOnlyNoise() {
        return microphone.hearsOnlyNoise();
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int bytes = microphone.read(buffer);
        if (bytes <= 0) {
            return bytes;
        }
        int n = bytes / 2;
        grow(n);
        for (int i = 0; i < n; i++) {
            mic[i] = (short) ((buffer[2 * i] & 0xff) | (buffer[2 * i + 1] << 8));
        }
        if (offset == Long.MIN_VALUE) {
            if (played.writtenSamples() == 0) { // the output has not started, or there is none: nothing to take out
                measure(n, false);
                return bytes;
            }
            // The played sample leaving the program now pairs with the microphone sample arriving now; the buffers in
            // between are the delay measured below.
            offset = played.writtenSamples() - (micSamples + n);
            pairedAtMic = micSamples + n;
        }
        followPairing(micSamples + n, played.writtenSamples() - (micSamples + n));
        played.copy(micSamples + offset - SOONEST, reference, n);
        for (int i = 0; i < n; i++) {
            delayFinder.add(mic[i], reference[i]);
        }
        sinceEstimate += n;
        if (sinceEstimate >= ESTIMATE_EVERY) {
            sinceEstimate = 0;
            follow(delayFinder.estimate());
        }
        if (delay != UNKNOWN) {
            played.copy(micSamples + offset - delay + MARGIN, reference, n);
            canceller.process(mic, reference, n, filtered, cleaned);
            for (int i = 0; i < n; i++) {
                buffer[2 * i] = (byte) cleaned[i];
                buffer[2 * i + 1] = (byte) (cleaned[i] >> 8);
            }
        }
        measure(n, delay != UNKNOWN);
        return bytes;
    }

    /**
     * Tells the measures of the app's own sound what the microphone heard and, {@code linedUp} with it, what went on
     * and what was played.
     */
    private void measure(int n, boolean linedUp) {
        residue.add(mic, linedUp ? cleaned : mic, linedUp ? filtered : mic, n, canceller.noiseRms(),
                linedUp && canceller.cancelling());
        if (!linedUp) { // what was played is not yet known to reach the microphone
            Arrays.fill(reference, 0, n, (short) 0);
        }
        share.add(mic, reference, n, canceller.noiseRms());
        micSamples += n;
    }

    /**
     * Samples lost on one side (the microphone's line overflowed, the output ran dry, a microphone plugged in again)
     * move how the two counts pair, and the echo with them: out of the range the delay is looked for in, where it
     * would never be found again. The buffers between only add to the pairing, so its least over the last
     * {@value #PAIRING_STRETCH} microphone samples shows such a move once that stretch has passed it. The range then
     * moves by as much, and the delay in use is restated against it, so what is taken out stays the same until two
     * measurements in the new range agree.
     */
    private void followPairing(long micCount, long pairedNow) {
        pairings.add(micCount, pairedNow);
        if (micCount - pairedAtMic < PAIRING_STRETCH) {
            return; // the first stretch: its least is not known yet
        }
        long least = pairings.lowest();
        if (pairing == Long.MIN_VALUE) {
            pairing = least;
            return;
        }
        long move = least - pairing;
        if (Math.abs(move) <= PAIRING_TOLERANCE) {
            return;
        }
        pairing = least;
        offset += move;
        if (delay != UNKNOWN) {
            delay += (int) move;
            lastMeasured += (int) move;
        }
        delayFinder = new EchoDelay(MAX_DELAY, DELAY_WINDOW); // its window holds audio from both sides of the move
        sinceEstimate = 0;
        LOG.info(() -> "The microphone and the loudspeaker moved " + move / 16
                + " ms apart; looking for the delay again.");
    }

    /**
     * Takes the first delay measured, and a change of it when two measurements in a row agree (one alone may be a
     * person's voice or a busy moment). What the filter learnt of the room is kept: it is counted from the delay.
     */
    private void follow(OptionalInt measurement) {
        if (measurement.isEmpty()) {
            return;
        }
        int measured = SOONEST + measurement.getAsInt();
        boolean confirmed = delay == UNKNOWN || Math.abs(measured - lastMeasured) <= DELAY_TOLERANCE;
        lastMeasured = measured;
        if (!confirmed || Math.abs(measured - delay) <= DELAY_TOLERANCE) {
            return;
        }
        canceller.realign();
        delay = measured;
        LOG.info(() -> "The loudspeaker reaches the microphone after " + delay / 16 + " ms; cancelling from there.");
    }

    private void grow(int n) {
        if (mic.length < n) {
            mic = new short[n];
            reference = new short[n];
            cleaned = new short[n];
            filtered = new short[n];
        }
    }

    @Override
    public boolean wasEchoLeftOver(long fromMillis, long toMillis) {
        return residue.wasEchoLeftOver(fromMillis, toMillis);
    }

    /**
     * Where the microphone went on as it was, the filter would have cut the word ({@link EchoResidue}); wherever, the
     * word's loudness followed what was played ({@link PlayedShare}, for where the filter cannot learn).
     */
    @Override
    public boolean wasEchoLeftIn(long fromMillis, long toMillis) {
        return residue.wasEchoLeftIn(fromMillis, toMillis) || share.wasMostlyPlayed(fromMillis, toMillis);
    }

    @Override
    public boolean measuresEcho() {
        return true;
    }

    @Override
    public boolean wasCancelling(long fromMillis, long toMillis) {
        return residue.wasCancelling(fromMillis, toMillis);
    }

    @Override
    public void close() {
        microphone.close();
    }
}
