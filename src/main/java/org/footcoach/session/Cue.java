package org.footcoach.session;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing the person hears at an absolute time on the session's clock: words ({@link Speech}, also shown as a
 * caption) or an earcon ({@link Sound}).
 */
public sealed interface Cue permits Cue.Speech, Cue.Sound {
    long atMillis();

    long durationMillis();

    /** The exercise this cue belongs to; empty outside an exercise. */
    Optional<String> exerciseId();

    default long endMillis() {
        return atMillis() + durationMillis();
    }

    /**
     * Words said.
     *
     * @param phraseKey key of a fixed phrase, so a cached or recorded clip can be played; empty for free text
     * @param count     the number counted, when the words are a count word
     */
    record Speech(long atMillis, long durationMillis, String text, Optional<String> phraseKey, OptionalInt count,
                  Optional<String> exerciseId) implements Cue {
        public Speech {
            Objects.requireNonNull(text);
            Objects.requireNonNull(phraseKey);
            Objects.requireNonNull(count);
            Objects.requireNonNull(exerciseId);
        }
    }

    /** An earcon played. */
    record Sound(long atMillis, long durationMillis, Earcon earcon, Optional<String> exerciseId) implements Cue {
        public Sound {
            Objects.requireNonNull(earcon);
            Objects.requireNonNull(exerciseId);
        }
    }
}
