package org.footcoach.listen.recognise;

import java.util.EnumSet;
import java.util.Set;
import org.footcoach.session.Command;

/**
 * When a recognised command phrase is believed. Chosen with {@code bench/voice/sweep-thresholds.py} from the corpus
 * measurements written down in {@code bench/RESULTS.md}.
 *
 * @param minFinalConfidence   lowest Vosk word confidence accepted for every word of a command in a final result
 * @param partialCommands      commands acted on from a partial result (Vosk gives partials no confidence, so only
 *                             those whose partials measured as reliable as their finals)
 * @param partialStableMillis  a partial result must name the same command for this much audio before it is acted on
 * @param minWordSeconds       shortest plausible command word; shorter ones are clicks
 * @param maxWordSeconds       longest plausible command word; noise tends to be stretched into one long word
 * @param wordEndQuietMillis   when a partial result ends in "stop" and the input has been this quiet (by loudness),
 *                             the utterance is heard again at once by a second recogniser and its final result (with
 *                             confidences) decides, instead of waiting for Vosk's end of utterance; 0 turns this off
 * @param growableWordEndQuietMillis the same, for any other command: it waits for a longer quiet, so that words that
 *                             follow it show it was talk, and a command that can still grow into a decoy ("next" into
 *                             "next door") becomes it
 * @param wordEndAudioMillis   how much of the latest input that second hearing gets
 * @param noisyWordEndMillis   in a noisy room, where loudness cannot find the end of a word, the second hearing
 *                             starts when a partial result has ended in the same command for this long; 0 leaves a
 *                             noisy room to Vosk's own end of utterance
 */
public record RecognitionThresholds(double minFinalConfidence, Set<Command> partialCommands, long partialStableMillis,
                                    double minWordSeconds, double maxWordSeconds, long wordEndQuietMillis,
                                    long growableWordEndQuietMillis, long wordEndAudioMillis,
                                    long noisyWordEndMillis) {

    public RecognitionThresholds {
        partialCommands = Set.copyOf(partialCommands);
    }

    public static RecognitionThresholds measured() {
        return new RecognitionThresholds(0.60, EnumSet.of(Command.STOP), 120, 0.12, 1.2, 100, 250, 2_000, 200);
    }
}
