package org.footcoach.session;

import java.util.Locale;

/** Short non-speech sounds. The file for each is audio/&lt;fileName&gt;.wav. */
public enum Earcon {
    START, REP_TICK, HOLD_END, SIDE_SWITCH, DONE, HEARD_YOU;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
