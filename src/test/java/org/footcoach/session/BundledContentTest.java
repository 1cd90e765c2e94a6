package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.LoadResult;
import org.footcoach.content.Position;
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
        List<String> texts = Cues.speech(cues).stream().map(Cue.Speech::text).toList();
        assertThat(content.exercises()).hasSize(11);
        for (Exercise e : content.exercises()) {
            assertThat(texts).as(e.id()).contains(e.name());
        }
    }

    /**
     * The rule for where to be: the session says to sit on a chair (when the person may be standing) and where to
     * stand; an exercise's steps start from there. Holding the counter is the one deliberate repeat: each standing
     * exercise says it, also when no get-ready prompt came, and never straight after the get-ready's own.
     */
    @Test
    void eachLeadInSaysWhereToBeOnceAndHoldingTheCounterBeforeEveryStandingExercise() {
        Pattern sit = Pattern.compile("(?i)\\bsit (on|in|down)\\b");
        for (Routine routine : content.routines()) {
            List<Cue.Speech> cues = Cues.speech(CueTimeline.render(new PlanBuilder().build(content, routine),
                    Fixtures.wordLengths(), SessionSettings.headless()));
            Position before = null;
            for (Exercise e : content.exercisesOf(routine)) {
                List<Cue.Speech> leadIn = leadIn(cues, e.id());
                List<String> keys = leadIn.stream().map(c -> c.phraseKey().orElse("null")).toList();
                String where = routine.id() + "/" + e.id();
                List<String> sitting = leadIn.stream().map(Cue.Speech::text).filter(t -> sit.matcher(t).find())
                        .toList();
                if (e.standing()) {
                    assertThat(keys.contains("get-ready.1")).as(where).isEqualTo(before != Position.STANDING);
                    int name = keys.indexOf("exercise." + e.id() + ".name");
                    assertThat(leadIn.subList(name, leadIn.size())).as(where)
                            .anySatisfy(c -> assertThat(c.text()).contains("both hands").contains("counter"));
                    assertThat(sitting).as(where).isEmpty();
                } else {
                    boolean prompted = keys.contains("sit-down.1");
                    assertThat(prompted).as(where).isEqualTo(before != Position.SEATED);
                    assertThat(sitting).as(where).hasSize(prompted ? 1 : 0);
                }
                for (int i = 1; i < leadIn.size(); i++) {
                    boolean hands = leadIn.get(i).text().contains("hands");
                    assertThat(hands && leadIn.get(i - 1).text().contains("hands"))
                            .as(where + ": back to back: " + leadIn.get(i - 1).text() + " / " + leadIn.get(i).text())
                            .isFalse();
                }
                before = e.position();
            }
        }
    }

    /**
     * Words a machine listener (Vosk, free vocabulary) misheard in the exported routine with flite and FreeTTS
     * ("sturdy" as "undisturbed", "ankle" as "and", "Hold." as "cold", "sores" as "source", "Now" opening a sentence
     * as "no", "firm chair" as "affirmed chair", "unsteady" as "and steady"); see bench/RESULTS.md.
     * Exercise names are labels on screen too, so they are left as they are.
     */
    @Test
    void spokenSentencesAvoidWordsAListenerMishears() {
        Pattern hard = Pattern.compile("(?i)\\b(sturdy|ankles?|thigh|wiggle|sole|roll|unsteady)\\b|^Hold\\.$|sores\\.$|^Now\\b|\\bfirm chair\\b");
        for (Routine routine : content.routines()) {
            for (PlanStep step : new PlanBuilder().build(content, routine).steps()) {
                String key = step.phraseKey();
                if (step.text() != null && key != null && !key.endsWith(".name")) {
                    assertThat(hard.matcher(step.text()).find()).as(key + ": " + step.text()).isFalse();
                }
            }
        }
    }

    /** The speech from the exercise's prompt to just before its work starts. */
    private static List<Cue.Speech> leadIn(List<Cue.Speech> cues, String id) {
        int first = -1;
        for (int i = 0; i < cues.size(); i++) {
            Cue.Speech c = cues.get(i);
            String key = c.phraseKey().orElse("null");
            if (first < 0 && c.exerciseId().filter(id::equals).isPresent()
                    && (key.startsWith("get-ready.") || key.startsWith("sit-down.") || key.endsWith(".name"))) {
                first = i;
            }
            if (first >= 0 && (key.equals("side.first") || key.equals("work.start") || key.equals("hold.start")
                    || key.contains(".set-intro.") || key.contains(".reminder."))) {
                return cues.subList(first, i);
            }
        }
        throw new AssertionError("no lead-in for " + id);
    }
}
