package org.footcoach.speech;

/** One spoken utterance on the timeline, as a caption: exact start and end in milliseconds, and the words. */
public record Caption(long startMillis, long endMillis, String text) {
    public Caption {
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("A caption cannot end (" + endMillis + " ms) before it starts ("
                    + startMillis + " ms): " + text);
        }
    }
}
