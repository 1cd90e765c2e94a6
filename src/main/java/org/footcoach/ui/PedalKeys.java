package org.footcoach.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw key presses and releases from keyboards, foot pedals and clickers into one action per press. A key held
 * down repeats its press (auto-repeat): only the first counts. A press within {@link #BOUNCE_MILLIS} of the key's
 * last event is contact bounce and is ignored. Keys with a long-press meaning act on release, short or long;
 * the others act at once on the press.
 */
final class PedalKeys {
    static final long BOUNCE_MILLIS = 150;
    static final long LONG_PRESS_MILLIS = 800;

    enum Press { SHORT, LONG }

    private final Set<Integer> longPressKeys;
    private final Map<Integer, Long> downSince = new HashMap<>();
    private final Map<Integer, Long> lastEvent = new HashMap<>();

    PedalKeys(Set<Integer> longPressKeys) {
        this.longPressKeys = Set.copyOf(longPressKeys);
    }

    /** A key went down at {@code when} (event time, ms). Returns the press to act on now, or null. */
    Press pressed(int key, long when) {
        Long last = lastEvent.put(key, when);
        if (downSince.containsKey(key)) {
            return null;
        }
        if (last != null && when - last < BOUNCE_MILLIS) {
            return null;
        }
        downSince.put(key, when);
        return longPressKeys.contains(key) ? null : Press.SHORT;
    }

    /** {@code key} is known to be up (its release went to another screen): its next press is a new one. */
    void forgetHeld(int key) {
        downSince.remove(key);
    }

    /** A key came up at {@code when}. Returns the press to act on now (only for long-press keys), or null. */
    Press released(int key, long when) {
        lastEvent.put(key, when);
        Long since = downSince.remove(key);
        if (since == null || !longPressKeys.contains(key)) {
            return null;
        }
        return when - since >= LONG_PRESS_MILLIS ? Press.LONG : Press.SHORT;
    }
}
