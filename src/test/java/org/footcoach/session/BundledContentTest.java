package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.LoadResult;
import org.footcoach.content.Routine;
import org.junit.jupiter.api.Test;

/** The real exercises.json led end to end on the virtual clock. */
class BundledContentTest {
    private final Content content = load();

    private static Content load() {
        LoadResult result = ContentLoader.loadBundled();
        assertThat(result.errors()).isEmpty();
        return result.content();
    }

    @Test
    void everyRoutineRunsToTheEndWithNoOverlapAndEverythingDone() {
        for (Routine routine : content.routines()) {
            Plan plan = new PlanBuilder().build(content, routine);
            Harness h = new Harness(plan, SessionSettings.defaults(), Fixtures.wordLengths());
            h.engine.start();
            assertThat(h.finish()).as(routine.id()).isTrue();
            EveryCommandInEveryStateTest.assertNoOverlapExceptWhenCut(h.recorder);
            assertThat(h.recorder.interruptions).as(routine.id()).isEmpty();
            SessionSummary summary = h.recorder.summaries.get(0);
            assertThat(summary.exercises()).as(routine.id())
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(ExerciseResult.Status.DONE));
        }
    }

    @Test
    void theFullRoutineNamesAllElevenExercises() {
        List<Cue> cues = CueTimeline.render(new PlanBuilder().build(content, "full"), Fixtures.wordLengths(),
                SessionSettings.headless());
        List<String> texts = cues.stream().filter(Cue::isSpeech).map(Cue::text).toList();
        assertThat(content.exercises()).hasSize(11);
        for (Exercise e : content.exercises()) {
            assertThat(texts).as(e.id()).contains(e.name());
        }
    }
}
