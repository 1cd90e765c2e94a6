package org.footcoach.session;

/**
 * One thing the person hears (and sees as a caption) at an absolute time on the session timeline.
 * Either speech ({@code text} set, {@code earcon} null) or an earcon ({@code earcon} set, {@code text} null).
 *
 * @param phraseKey  key of a fixed phrase, so a cached or recorded clip can be played; null for free text
 * @param count      the number being counted when this cue is a count word, else null
 * @param exerciseId the exercise this cue belongs to, or null outside an exercise
 */
public record Cue(long atMillis, long durationMillis, String text, String phraseKey, Integer count, Earcon earcon,
                  String exerciseId) {

    public boolean isSpeech() {
        return text != null;
    }

    public long endMillis() {
        return atMillis + durationMillis;
    }
}
