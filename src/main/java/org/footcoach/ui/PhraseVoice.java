package org.footcoach.ui;

/**
 * Says a fixed phrase of {@code org/footcoach/session/phrases.properties} aloud now, outside a session: a screen
 * that asks something says it and shows the same phrase, so the two cannot differ. Never waits: rendering and
 * playing happen elsewhere, and with no sound nothing plays.
 */
public interface PhraseVoice {
    /** Says the phrase {@code phraseKey}, cutting off one this voice is still saying. */
    void say(String phraseKey);

    /** Stops what this voice is saying. */
    void quiet();

    /** A voice that says nothing, for a window with no sound at all (the app always has one). */
    static PhraseVoice none() {
        return new PhraseVoice() {
            @Override
            public void say(String phraseKey) {
                // No sound in this window: the screen shows the phrase.
            }

            @Override
            public void quiet() {
                // Nothing is said.
            }
        };
    }
}
