package org.footcoach.app;

import java.util.function.Predicate;

/**
 * What the screens keep and offer: at home, everything (History, Settings, going on after a break, the answers at the
 * end in the event log); at a clinic kiosk nothing about a visitor is kept, Settings open only through the admin
 * gesture, and only the routines the admin offers are shown.
 */
record VisitorRules(boolean personal, Predicate<String> offersRoutine) {
    static VisitorRules home() {
        return new VisitorRules(true, routine -> true);
    }

    /** {@code offersRoutine} reads the admin's choice as it is when the start screen is made. */
    static VisitorRules kiosk(Predicate<String> offersRoutine) {
        return new VisitorRules(false, offersRoutine);
    }
}
