package org.footcoach.speech;

/** A text-to-speech engine that renders text to {@link Pcm} in memory (16 kHz mono, levelled). */
public interface Voice {
    /** Short name used in settings and with {@code --voice NAME}, e.g. {@code freetts}. */
    String name();

    /**
     * Renders {@code text}; may take tens of milliseconds, so call it off the UI thread.
     *
     * @throws SpeechException when the engine fails, with a sentence that says which voice and what went wrong
     */
    Pcm render(String text);

    /** How fast this voice speaks against its own pace (1); 0.7 takes about 1/0.7 times as long. */
    default double speed() {
        return 1.0;
    }
}
