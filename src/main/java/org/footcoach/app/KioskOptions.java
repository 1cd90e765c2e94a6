package org.footcoach.app;

import java.util.OptionalInt;

/**
 * {@code --kiosk} and {@code --idle-timeout}: the app as a shared clinic screen, or not. {@code idleSeconds} given on
 * the command line wins over the admin screen's idle time.
 */
record KioskOptions(boolean on, OptionalInt idleSeconds) {
    static final int SHORTEST_IDLE = 1;
    static final int LONGEST_IDLE = 3600;

    static KioskOptions off() {
        return new KioskOptions(false, OptionalInt.empty());
    }
}
