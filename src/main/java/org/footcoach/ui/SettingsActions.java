package org.footcoach.ui;

import java.util.function.Consumer;

/** What the action rows of Settings open or do; the app provides them. */
public interface SettingsActions {
    /** Opens the screen that learns which pedal key does what. */
    void learnKeys();

    /** Whether {@link #recordVoice} can be offered: not without the app's sound and microphone. */
    default boolean canRecordVoice() {
        return true;
    }

    /** Opens the screen that records the person's own voice for the fixed phrases. */
    void recordVoice();

    /** Whether {@link #print} can be offered: not where nothing can be written for the person to print. */
    default boolean canPrint() {
        return true;
    }

    /** Saves the routines' printable sheet with the doses as set, and tells in one sentence where or why not. */
    void print(Consumer<String> told);
}
