package org.footcoach.listen.recognise;

import org.footcoach.session.Command;

/**
 * A command the recogniser accepted.
 *
 * @param phrase       the words heard, e.g. "go on"
 * @param fromPartial  true when taken from a partial result, before the utterance ended
 * @param saidFromMillis audio position (ms from the start of the input) where the command's words began to sound
 *                     (the recogniser's word times, trimmed to where the sound stands out from the room); for a
 *                     partial result, which carries no word times, where the utterance began
 * @param streamMillis audio position when the command was decided
 * @param confidence   Vosk word confidence for final results; NaN for partial results, which carry none
 */
public record HeardCommand(Command command, String phrase, boolean fromPartial, long saidFromMillis,
                           long streamMillis, double confidence) {
}
