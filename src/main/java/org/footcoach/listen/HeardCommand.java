package org.footcoach.listen;

import org.footcoach.session.Command;

/**
 * A command the recogniser accepted.
 *
 * @param phrase       the words heard, e.g. "go on"
 * @param fromPartial  true when taken from a partial result, before the utterance ended
 * @param streamMillis audio position (ms from the start of the input) when the command was decided
 * @param confidence   Vosk word confidence for final results; NaN for partial results, which carry none
 */
public record HeardCommand(Command command, String phrase, boolean fromPartial, long streamMillis, double confidence) {
}
