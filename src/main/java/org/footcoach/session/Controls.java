package org.footcoach.session;

import java.util.List;

/**
 * The ways a person can tell Foot Coach what to do right now, so that a prompt names only those. A phrase key
 * {@code k} may have variants {@code k.no-voice} and {@code k.track} in phrases.properties; {@link Phrases#key}
 * picks the one that fits.
 */
public enum Controls {
    /** Voice commands are listening, and the keys, pedal and screen work. */
    VOICE_KEYS_TOUCH(List.of()),
    /** Nothing listens for speech: the keys, pedal and screen. */
    KEYS_TOUCH(List.of(".no-voice")),
    /** An exported track: nothing hears or sees the person; a variant without voice is the next best. */
    TRACK(List.of(".track", ".no-voice"));

    private final List<String> variantSuffixes;

    Controls(List<String> variantSuffixes) {
        this.variantSuffixes = variantSuffixes;
    }

    /** The suffixes of this one's variant keys, the best first. */
    List<String> variantSuffixes() {
        return variantSuffixes;
    }
}
