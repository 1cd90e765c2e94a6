package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * A live session on a virtual clock, with an output whose write head follows that clock (each cue fires a little
 * late, as on a busy machine): what the live speaker plays is the offline render's track, sample for sample.
 */
class LiveTimelineTest {

    @Test
    void liveSpeakerPlaysTheSameTrackAsTheOfflineRender() {
        Plan plan = new PlanBuilder().build(OfflineRenderTest.shortContent(), "short");
        SessionSettings settings = SessionSettings.headless().withRestSeconds(3, 2);
        try (PhraseCache cache = new PhraseCache(new CountingVoice(), RecordedClips.none(), EarconSounds.load())) {
            VirtualClock clock = new VirtualClock();
            ManualOutput output = new ManualOutput();
            SessionEngine engine = new SessionEngine(plan, clock, clock, cache, settings);
            int[] jitter = {0};
            engine.addListener(new SessionListener() {
                @Override
                public void cue(Cue cue) {
                    jitter[0] = (jitter[0] + 7) % 40;   // 0 to 39 ms late, never the same twice running
                    output.head = Pcm.sampleOf(clock.millis() + jitter[0]);
                }
            });
            engine.addListener(new LiveSpeaker(cache, output, clock));
            engine.start();
            clock.runUntilIdle();

            CueMixdown offline = new OfflineRender(cache, settings).render(plan);
            TrackMixer live = new TrackMixer();
            long lead = output.placedAt.get(0) - Pcm.sampleOf(offline.cues().get(0).atMillis());
            output.placed.forEach(p -> live.place(p.pcm(), p.atSample() - lead));
            Pcm offlineTrack = offline.track();
            Pcm liveTrack = live.toPcm();
            assertThat(output.placed).hasSize(offline.cues().size());
            assertThat(liveTrack.sampleCount()).isEqualTo(
                    (int) (offlineTrack.sampleCount() - Pcm.sampleOf(OfflineRender.TAIL_MILLIS)));
            for (int i = 0; i < liveTrack.sampleCount(); i++) {
                if (liveTrack.sampleAt(i) != offlineTrack.sampleAt(i)) {
                    throw new AssertionError("live and offline differ at sample " + i);
                }
            }
        }
    }
}
