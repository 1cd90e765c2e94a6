package org.footcoach.session;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reading a timeline of cues in tests: its spoken cues, and what only a spoken cue has. */
public final class Cues {
    private Cues() {
    }

    public static List<Cue.Speech> speech(List<Cue> cues) {
        return cues.stream().filter(Cue.Speech.class::isInstance).map(Cue.Speech.class::cast).toList();
    }

    /** The phrase key of a spoken cue; empty for free text and for an earcon. */
    public static Optional<String> key(Cue cue) {
        return cue instanceof Cue.Speech speech ? speech.phraseKey() : Optional.empty();
    }

    /** The number a count word counts; empty for other words and for an earcon. */
    public static OptionalInt count(Cue cue) {
        return cue instanceof Cue.Speech speech ? speech.count() : OptionalInt.empty();
    }

    /** The words of a spoken cue, or the earcon's name, for messages. */
    public static String words(Cue cue) {
        return cue instanceof Cue.Speech speech ? speech.text() : ((Cue.Sound) cue).earcon().name();
    }
}
