package org.footcoach.listen.recognise;

import java.util.Locale;
import org.footcoach.session.Command;

/**
 * A command word the recogniser found and did not take, and why: for the event log, so a lost command can be told
 * from one never heard.
 *
 * @param phrase         the words heard, e.g. "go on"
 * @param confidence     the least Vosk word confidence of the phrase
 * @param saidFromMillis audio position where the phrase began to sound
 * @param saidToMillis   audio position where it ended
 */
public record RefusedCommand(Command command, String phrase, double confidence, Reason reason, long saidFromMillis,
                             long saidToMillis) {

    /** Why a command word was not taken. */
    public enum Reason {
        /** The app was saying or playing these words then. */
        OWN_VOICE,
        /**
         * The app's own sound was a large part of the word, where the echo canceller could not take it out (in a
         * noisy room): a word said over the app must be louder than the app.
         */
        OWN_ECHO,
        /** Other words were said with it in one breath. */
        OTHER_WORDS,
        /** Talk was going on right around it. */
        TALK_AROUND_IT,
        /** Not clear enough: a word of low confidence, or too short or too long to be a word. */
        LOW_CONFIDENCE,
        /** Two different commands in one breath. */
        TWO_COMMANDS;

        /** As the event log writes it: "own-voice", "talk-around-it", ... */
        public String logName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
