package org.footcoach.listen.cancel;

/**
 * Decides whether the echo canceller's output or the microphone as it is goes on to the recogniser. In a room that
 * rings for longer than the filter reaches, the filter cannot follow the echo and its output can be louder than the
 * microphone, with the app's words turned into other words. So the output is used once, in blocks of echo without a
 * person talking, it has lately taken out 15 dB or more of the echo (the room's noise left aside), and until that
 * falls under 10 dB; otherwise the microphone goes through as it is. While a person talks the choice stands, so a
 * "stop" said over the app keeps the cancelling it needs.
 *
 * <p>How much of the echo is left is judged by the energy left over the microphone's, or, where that is less, from
 * what rises and falls with the played sound: the covariance of the played energy with the energy left, over its
 * covariance with the microphone's energy. People talking nearby more softly than the talk detector can see add
 * energy that does not follow the played sound, so they do not look like a poorly cancelled echo. Why 15 and 10 dB,
 * and why the covariance: bench/RESULTS.md, "Why the voice code is as it is".
 */
final class CancellationGate {
    /** Echo left over echo heard (the room's noise left out of both) at which cancelling starts (15 dB) ... */
    private static final double ENGAGE = 0.0316;
    /** ... and over which it stops (under 10 dB). */
    private static final double RELEASE = 0.1;
    /** Each block of echo moves the averages this far: about a second of 20 ms blocks. */
    private static final double SMOOTHING = 0.02;

    private double played;
    private double mic;
    private double left;
    private double playedTimesMic;
    private double playedTimesLeft;
    private boolean engaged;

    /**
     * A block in which the app played and no one was heard talking: the played energy, the microphone's energy and
     * what cancelling left of it.
     */
    void echoOnly(double playedEnergy, double micEnergy, double leftEnergy) {
        played += SMOOTHING * (playedEnergy - played);
        mic += SMOOTHING * (micEnergy - mic);
        left += SMOOTHING * (leftEnergy - left);
        playedTimesMic += SMOOTHING * (playedEnergy * micEnergy - playedTimesMic);
        playedTimesLeft += SMOOTHING * (playedEnergy * leftEnergy - playedTimesLeft);
        double echoHeard = playedTimesMic - played * mic;
        double echoLeft = Math.max(0, playedTimesLeft - played * left);
        double followingPlayed = echoHeard > 0 ? echoLeft / echoHeard : 1;
        // The plain ratio too: one loud block the talk detector missed moves the covariances more than the energies.
        double ratio = Math.min(left / Math.max(mic, Double.MIN_NORMAL), followingPlayed);
        if (engaged && ratio > RELEASE) {
            engaged = false;
        } else if (!engaged && ratio < ENGAGE) {
            engaged = true;
        }
    }

    /** Whether the cancelled sound should be used. */
    boolean engaged() {
        return engaged;
    }
}
