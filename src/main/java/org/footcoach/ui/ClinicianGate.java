package org.footcoach.ui;

/**
 * What lets a dose go beyond the range of the exercise file: the clinician's PIN. Once it is given, it holds until
 * the Settings screen is left.
 */
public interface ClinicianGate {
    /** Whether the PIN has been given on this visit to Settings. */
    boolean open();

    /** Whether a clinician has set a PIN on this computer; without one, nothing goes beyond the ranges. */
    boolean pinSet();

    /** Asks for the PIN; runs {@code then} once it is given, and nothing when it is not. */
    void ask(Runnable then);
}
