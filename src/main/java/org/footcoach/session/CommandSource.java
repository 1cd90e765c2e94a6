package org.footcoach.session;

import java.util.Locale;

public enum CommandSource {
    TOUCH, KEY, VOICE;

    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
