package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.junit.jupiter.api.Test;

class CuePlayerTest {
    private final ManualOutput output = new ManualOutput();
    private final PhraseCache cache = new PhraseCache(new CountingVoice(), RecordedClips.none(), EarconSounds.load());
    private final CuePlayer player = new CuePlayer(cache, output);

    @Test
    void cuesThatFireWithJitterStillLandExactlyOnTheirSpacing() {
        output.head = 5000;
        player.play(count(10_000, 1), 10_000);
        output.head += Pcm.sampleOf(1000) + 300;   // fired a little late
        player.play(count(11_000, 2), 11_020);
        output.head += Pcm.sampleOf(1000) - 500;   // and a little early
        player.play(count(12_000, 3), 11_990);
        player.play(new Cue(12_400, 100, null, null, null, Earcon.REP_TICK, "x"), 12_000);
        long first = 5000 + CuePlayer.LEAD_SAMPLES;
        assertThat(output.placedAt).containsExactly(first, first + 16_000, first + 32_000, first + 32_000 + 6_400);
    }

    @Test
    void cuesHandedOverAheadOfTimeLandAtTheirOwnTime() {
        output.head = 0;
        player.play(count(3000, 1), 1000);
        player.play(count(4000, 2), 1000);
        long first = CuePlayer.LEAD_SAMPLES + Pcm.sampleOf(2000);
        assertThat(output.placedAt).containsExactly(first, first + 16_000);
    }

    @Test
    void aCueTooLateForItsSampleIsTiedAfreshAtTheWriteHead() {
        player.play(count(0, 1), 0);
        output.head = Pcm.sampleOf(5000);          // the line ran on while the session clock was held up
        player.play(count(1000, 2), 1000);
        assertThat(output.placedAt).containsExactly(CuePlayer.LEAD_SAMPLES, output.head + CuePlayer.LEAD_SAMPLES);
    }

    @Test
    void aDeviceThatFellBehindTheSessionClockIsTiedAfreshInsteadOfQueueingFarAhead() {
        player.play(count(0, 1), 0);
        output.head = Pcm.sampleOf(1000) - Pcm.sampleOf(800);   // the line stalled for 0.8 s
        player.play(count(1000, 2), 1000);
        long retied = Math.max(output.head + CuePlayer.LEAD_SAMPLES,   // and not sooner than the gap after cue 1
                CuePlayer.LEAD_SAMPLES + output.placed.get(0).pcm().sampleCount() + CuePlayer.GAP_SAMPLES);
        output.head += Pcm.sampleOf(1000);                       // then it runs on at the right rate
        player.play(count(2000, 3), 2000);
        assertThat(output.placedAt).containsExactly(CuePlayer.LEAD_SAMPLES, retied, retied + 16_000);
    }

    @Test
    void aCueTiedAfreshAfterAStallNeverLandsOnAClipNotYetPlayed() {
        player.play(new Cue(0, 1380, "Lift both heels slowly.", "step.1", null, null, "x"), 0);
        output.head = Pcm.sampleOf(500);         // the audio thread stalled: 1.5 s behind the session clock
        for (int n = 1; n <= 4; n++) {
            player.play(count(1000 + 1000 * n, n), 1000 + 1000 * n);
            output.head += Pcm.sampleOf(1000);   // then it runs on at the right rate
        }
        assertThat(output.placed).hasSize(5);
        for (int i = 1; i < output.placed.size(); i++) {
            ManualOutput.Placed before = output.placed.get(i - 1);
            assertThat(output.placed.get(i).atSample()).as("cue %d", i)
                    .isGreaterThanOrEqualTo(before.atSample() + before.pcm().sampleCount() + CuePlayer.GAP_SAMPLES);
        }
        assertThat(output.placedAt.get(4) - output.placedAt.get(3)).as("caught up, on the beat again")
                .isEqualTo(16_000);
    }

    @Test
    void silenceCancelsAndTheNextCueIsTiedAfresh() {
        player.play(count(0, 1), 0);
        player.silence();
        output.head = 100;
        player.play(count(2000, 2), 2000);
        assertThat(output.cancels).isEqualTo(1);
        assertThat(output.placedAt).containsExactly(CuePlayer.LEAD_SAMPLES, 100 + CuePlayer.LEAD_SAMPLES);
    }

    private static Cue count(long at, int n) {
        return new Cue(at, 400, "n" + n, "count." + n, n, null, "x");
    }
}
