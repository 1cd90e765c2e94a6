package org.footcoach.session;

import java.util.Set;

/**
 * What the admin sets for a clinic kiosk besides the home Settings: the routines not offered to visitors (so a
 * routine added later is offered), how long without input before "Are you still there?", and how long that waits
 * for an answer.
 */
public record KioskPreferences(Set<String> routinesHidden, int idleSeconds, int warningSeconds) {
    public static final int USUAL_IDLE_SECONDS = 90;
    public static final int USUAL_WARNING_SECONDS = 20;

    public KioskPreferences {
        routinesHidden = Set.copyOf(routinesHidden);
        if (idleSeconds < 1 || warningSeconds < 1) {
            throw new IllegalArgumentException(SessionMessages.text("settings.kioskSeconds",
                    String.valueOf(idleSeconds), String.valueOf(warningSeconds)));
        }
    }

    /** Every routine offered, 90 seconds idle, then 20 to answer. */
    public static KioskPreferences defaults() {
        return new KioskPreferences(Set.of(), USUAL_IDLE_SECONDS, USUAL_WARNING_SECONDS);
    }

    public boolean offers(String routineId) {
        return !routinesHidden.contains(routineId);
    }

    public KioskPreferences withRoutinesHidden(Set<String> next) {
        return new KioskPreferences(next, idleSeconds, warningSeconds);
    }

    public KioskPreferences withIdleSeconds(int next) {
        return new KioskPreferences(routinesHidden, next, warningSeconds);
    }

    public KioskPreferences withWarningSeconds(int next) {
        return new KioskPreferences(routinesHidden, idleSeconds, next);
    }
}
