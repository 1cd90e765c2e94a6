package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.LoadResult;
import org.footcoach.session.Cue;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionSettings;
import org.junit.jupiter.api.Test;

/** The bundled full routine, rendered with the built-in voice: the follow-along track a person would export. */
class FullRoutineRenderTest {

    @Test
    void fullRoutineNamesAllElevenExercisesWithNoOverlapNoClippingAndExactOnsets() {
        LoadResult loaded = ContentLoader.loadBundled();
        assertThat(loaded.errors()).isEmpty();
        Content content = loaded.content();
        try (PhraseCache cache = new PhraseCache(new FreeTtsVoice(), RecordedClips.none(), EarconSounds.load())) {
            CueMixdown mixdown = new OfflineRender(cache, SessionSettings.headless())
                    .render(new PlanBuilder().build(content, "full"));
            List<String> spoken = mixdown.captions().stream().map(Caption::text).toList();
            assertThat(spoken).containsAll(content.exercises().stream().map(Exercise::name).toList());
            assertThat(content.exercises()).hasSize(11);
            TrackChecks.assertNoOverlap(mixdown.captions());
            assertThat(mixdown.clippedSamples()).isZero();
            Pcm track = mixdown.track();
            long previousEnd = 0;
            for (Cue cue : mixdown.cues()) {
                TrackChecks.assertOnsetExactly(track, cue, Math.max(0, Math.min(100, cue.atMillis() - previousEnd)));
                previousEnd = Math.max(previousEnd, cue.endMillis());
            }
        }
    }
}
