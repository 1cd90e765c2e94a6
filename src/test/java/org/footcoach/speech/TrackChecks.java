package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footcoach.session.Cue;
import org.footcoach.session.Cues;

/** Assertions on a rendered track, found in the samples themselves. */
final class TrackChecks {
    private TrackChecks() {
    }

    /** First sample at or after {@code from} that is not silent, or -1. */
    static long onset(Pcm track, long from) {
        for (long i = Math.max(0, from); i < track.sampleCount(); i++) {
            if (track.sampleAt((int) i) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The cue's sound starts exactly at its sample, after at least {@code silentBeforeMillis} of silence. */
    static void assertOnsetExactly(Pcm track, Cue cue, long silentBeforeMillis) {
        long at = Pcm.sampleOf(cue.atMillis());
        assertThat(onset(track, at - Pcm.sampleOf(silentBeforeMillis)))
                .as("onset of %s at %d ms", Cues.words(cue), cue.atMillis())
                .isEqualTo(at);
    }

    static void assertNoOverlap(List<Caption> captions) {
        for (int i = 1; i < captions.size(); i++) {
            assertThat(captions.get(i).startMillis()).as("caption %d (%s) starts after the one before ends", i + 1,
                    captions.get(i).text()).isGreaterThanOrEqualTo(captions.get(i - 1).endMillis());
        }
    }
}
