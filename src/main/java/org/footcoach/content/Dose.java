package org.footcoach.content;

/**
 * How much of an exercise. Which amounts are present depends on the kind:
 * REPS has reps and sets; HOLD has holdSeconds and sets (holds per side); TIMED has minutes (per side when perSide).
 * Absent amounts are null.
 *
 * @param clinicianOverride true when a clinician has set values outside the guide's range on purpose
 */
public record Dose(Amount reps, Amount holdSeconds, Amount minutes, Amount sets, boolean clinicianOverride) {
}
