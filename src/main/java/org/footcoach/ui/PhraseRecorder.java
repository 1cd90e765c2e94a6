package org.footcoach.ui;

/**
 * What the Record my voice screen needs of the microphone, the sound output and the data folder; the app gives it.
 * Nothing here waits: recording, playing and saving go on elsewhere, and what comes of them is told to the
 * {@link Events} on the screen's thread (the EDT). One take is held at a time, from the end of a recording until it
 * is kept or dropped.
 */
public interface PhraseRecorder {

    /** What the recorder tells the screen, on the screen's thread. */
    interface Events {
        /** How loud the microphone is now, 0 (silence) to 1 (full scale), several times a second while recording. */
        void level(double level);

        /** The recording ended (asked to, or at its longest); {@code heard} is false when it held only silence. */
        void recorded(boolean heard);

        /** No microphone can be opened; nothing can be recorded until the screen is opened again. */
        void noMicrophone();

        /** Saving or deleting failed; {@code sentence} says which file and why. */
        void failed(String sentence);
    }

    /** Sets the one receiver of what happens; call before anything else. */
    void tell(Events events);

    /** Finds out, without waiting, whether there is a microphone; {@link Events#noMicrophone()} when not. */
    void checkMicrophone();

    /** Whether this phrase has a recording of its own now (a keep or delete counts at once). */
    boolean saved(String phraseKey);

    /**
     * Starts recording a take of this phrase; it ends with {@link Events#recorded}, or {@link Events#noMicrophone()}.
     */
    void record(String phraseKey);

    /** Ends the recording now; {@link Events#recorded} follows. */
    void stop();

    /** Plays the take held, cutting off anything this recorder still plays. */
    void playTake();

    /** Plays the saved recording of this phrase, cutting off anything this recorder still plays. */
    void playSaved(String phraseKey);

    /** Saves the take held as this phrase's recording, in place of any before, so it is said from now on. */
    void keep(String phraseKey);

    /** Lets the take held go. */
    void drop();

    /** Deletes this phrase's recording: the app's voice says it again. */
    void delete(String phraseKey);

    /** The screen is left: stops recording and playing, and lets the take go. */
    void leave();
}
