package org.footcoach.listen;

/**
 * Decides whether the echo canceller's output or the microphone as it is goes on to the recogniser. In a room that
 * rings for longer than the filter reaches, the filter cannot follow the echo and its output can be louder than the
 * microphone, with the app's words turned into other words (in a simulated ringing room, eight commands from ten
 * minutes of the app's own voice, one of them "stop", against two from the microphone as it is). So the output is
 * used once, in blocks of echo without a person talking, it has lately taken out 15 dB or more of the echo (the
 * room's noise left aside), and until that falls under 10 dB; otherwise the microphone goes through as it is. While
 * a person talks the choice stands, so a "stop" said over the app keeps the cancelling it needs. A gate at 10 dB
 * still let the ringing room's half-cancelled speech through (18 commands from flite's ten minutes).
 */
final class CancellationGate {
    /** Output over microphone energy (the room's noise left out of both) at which cancelling starts (15 dB) ... */
    private static final double ENGAGE = 0.0316;
    /** ... and over which it stops (under 10 dB). */
    private static final double RELEASE = 0.1;
    /** Each block of echo moves the averages this far: about a second of 20 ms blocks. */
    private static final double SMOOTHING = 0.02;

    private double micEnergy;
    private double leftEnergy;
    private boolean engaged;

    /** A block in which the app played and no one talked: the microphone's energy and what cancelling left of it. */
    void echoOnly(double mic, double left) {
        micEnergy += SMOOTHING * (mic - micEnergy);
        leftEnergy += SMOOTHING * (left - leftEnergy);
        double ratio = leftEnergy / Math.max(micEnergy, Double.MIN_NORMAL);
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
