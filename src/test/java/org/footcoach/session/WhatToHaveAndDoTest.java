package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.Kind;
import org.footcoach.content.Position;
import org.footcoach.content.Routine;
import org.junit.jupiter.api.Test;

/**
 * What the real routines say at the moments that matter: the equipment before it is needed, standing up slowly and
 * sitting down for the foot check, which foot works and which stays down, the last rep, and stop rules about
 * standing only when there is standing work. Each routine is rendered as the export does it.
 */
class WhatToHaveAndDoTest {
    private final Content content = ContentLoader.loadBundled().content();
    private final Phrases phrases = new Phrases();

    private List<Cue.Speech> said(Routine routine) {
        return Cues.speech(CueTimeline.render(new PlanBuilder().build(content, routine), Fixtures.wordLengths(),
                SessionSettings.headless()));
    }

    private static int indexOf(List<Cue.Speech> cues, String key) {
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).phraseKey().filter(key::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keys(List<Cue.Speech> cues) {
        return cues.stream().map(c -> c.phraseKey().orElse("")).toList();
    }

    @Test
    void everyRoutineNamesEachItemOfEquipmentBeforeTheFirstExerciseThatNeedsIt() {
        for (Routine routine : content.routines()) {
            List<Cue.Speech> cues = said(routine);
            List<Exercise> exercises = content.exercisesOf(routine);
            int firstExercise = indexOf(cues, "exercise." + exercises.get(0).id() + ".name");
            int listed = indexOf(cues, PlanBuilder.equipmentKey(routine));
            boolean needsAny = exercises.stream().anyMatch(Exercise::needsEquipment);
            assertThat(listed >= 0).as(routine.id() + ": one sentence lists the equipment").isEqualTo(needsAny);
            if (needsAny) {
                assertThat(listed).as(routine.id()).isLessThan(firstExercise)
                        .isGreaterThan(indexOf(cues, "stop-rules.4"));
            }
            for (Exercise e : exercises) {
                int named = indexOf(cues, "exercise." + e.id() + ".name");
                for (String item : e.equipmentSaid()) {
                    assertThat(cues.get(listed).text()).as(routine.id()).contains(item);
                    if (e != exercises.get(0)) {
                        int reminder = indexOf(cues, "exercise." + e.id() + ".equipment");
                        assertThat(reminder).as(routine.id() + "/" + e.id() + ": in the rest before it")
                                .isGreaterThan(named).isLessThan(indexOf(cues.subList(named + 1, cues.size()),
                                        "exercise." + e.id() + ".name") + named + 1);
                        assertThat(cues.get(reminder).text()).startsWith("For this one, get ").contains(item);
                    }
                }
                if (!e.needsEquipment()) {
                    assertThat(indexOf(cues, "exercise." + e.id() + ".equipment")).as(e.id()).isEqualTo(-1);
                }
            }
        }
        Routine sitting = content.routine("sitting").orElseThrow();
        assertThat(said(sitting).get(indexOf(said(sitting), "routine.sitting.equipment")).text()).isEqualTo(
                "For this routine you will need a strap or long towel, a small ball, a bucket of dry "
                        + "rice or beans, marbles or coins if you like and a small towel.");
    }

    @Test
    void standingUpSlowlyIsSaidOnEveryChangeFromSittingToStanding() {
        for (Routine routine : content.routines()) {
            List<String> keys = keys(said(routine));
            Position before = null;
            for (Exercise e : content.exercisesOf(routine)) {
                // The last time it is named: its instructions (the rest before it names it too).
                int name = keys.lastIndexOf("exercise." + e.id() + ".name");
                int previous = keys.subList(0, name).lastIndexOf("rest.next");
                boolean standUp = keys.subList(Math.max(0, previous), name).contains("get-ready.stand-up");
                assertThat(standUp).as(routine.id() + "/" + e.id())
                        .isEqualTo(e.standing() && before != Position.STANDING);
                before = e.position();
            }
        }
    }

    @Test
    void theFootCheckComesAfterSittingDownWhenTheLastWorkWasStanding() {
        for (Routine routine : content.routines()) {
            List<String> keys = keys(said(routine));
            List<Exercise> exercises = content.exercisesOf(routine);
            List<String> end = keys.subList(keys.indexOf("end.done"), keys.size());
            if (exercises.get(exercises.size() - 1).standing()) {
                assertThat(end).as(routine.id()).containsExactly("end.done", "end.sit-down", "end.check-feet");
            } else {
                assertThat(end).as(routine.id()).containsExactly("end.done", "end.check-feet");
            }
        }
        assertThat(content.routine("standing").orElseThrow().exercises()).last().isEqualTo("single-leg-balance");
        assertThat(content.routine("full").orElseThrow().exercises()).last().isEqualTo("towel-scrunches");
    }

    @Test
    void eachSideSaysWhichFootWorksAndWhichStaysDown() {
        List<Cue.Speech> cues = said(content.routine("full").orElseThrow());
        for (Exercise e : content.exercises()) {
            if (!e.perSide()) {
                continue;
            }
            int right = indexOf(cues, "exercise." + e.id() + ".side.right");
            int left = indexOf(cues, "exercise." + e.id() + ".side.left");
            assertThat(cues.get(right).text()).isEqualTo(e.sides().right());
            assertThat(cues.get(left).text()).isEqualTo(e.sides().left());
            assertThat(right).isLessThan(left);
        }
        assertThat(keys(cues)).doesNotContain("side.first", "side.other");
        List<String> balance = keys(cues).stream().filter(k -> k.startsWith("exercise.single-leg-balance.")
                || k.equals("hold.start")).toList();
        int holds = 0;
        for (int i = 0; i < balance.size(); i++) {
            if (balance.get(i).equals("exercise.single-leg-balance.hold-start")) {
                assertThat(balance.get(i + 1)).isEqualTo("hold.start");
                holds++;
            }
        }
        assertThat(holds).as("lift the foot before every hold, two on each side").isEqualTo(4);
    }

    @Test
    void theLastRepOfEverySetIsMarkedBetweenTheLastTwoCounts() {
        for (Routine routine : content.routines()) {
            List<Cue.Speech> cues = said(routine);
            int sets = 0;
            for (int i = 0; i < cues.size(); i++) {
                if (cues.get(i).phraseKey().filter("work.last"::equals).isEmpty()) {
                    continue;
                }
                Exercise e = content.exercise(cues.get(i).exerciseId().orElseThrow()).orElseThrow();
                int reps = e.dose().reps().value();
                assertThat(cues.get(i - 1).count()).as(routine.id() + "/" + e.id()).hasValue(reps - 1);
                assertThat(cues.get(i + 1).count()).as(routine.id() + "/" + e.id()).hasValue(reps);
                assertThat(cues.get(i).text()).isEqualTo("Last one.");
                sets++;
            }
            int expected = content.exercisesOf(routine).stream().filter(e -> e.kind() == Kind.REPS)
                    .mapToInt(e -> (e.perSide() ? 2 : 1) * e.dose().sets().value()).sum();
            assertThat(sets).as(routine.id()).isEqualTo(expected);
        }
    }

    /** Issue 23: the app's own new sentences say none of the command words, so they are never taken as commands. */
    @Test
    void theNewSentencesSayNoCommandWord() {
        List<String> words = ActionTable.load().all().stream().flatMap(a -> a.words().stream()).toList();
        List<String> texts = new ArrayList<>();
        for (String key : List.of("equipment.routine", "equipment.exercise", "get-ready.stand-up", "side.first",
                "side.other", "work.last", "end.sit-down")) {
            texts.add(phrases.text(key));
        }
        for (Exercise e : content.exercises()) {
            if (e.sides() != null) {
                texts.add(e.sides().right());
                texts.add(e.sides().left());
            }
            if (e.holdStart() != null) {
                texts.add(e.holdStart());
            }
            texts.addAll(e.equipmentSaid());
        }
        assertThat(words).contains("start", "next", "stop", "ready", "again");
        for (String text : texts) {
            for (String word : words) {
                assertThat(text.toLowerCase(Locale.ROOT)).as(text).doesNotContainPattern("\\b" + word + "\\b");
            }
        }
    }

    @Test
    void stopRulesAboutStandingAreSaidOnlyWhenTheRoutineHasStandingWork() {
        for (Routine routine : content.routines()) {
            List<String> keys = keys(said(routine));
            boolean standing = content.exercisesOf(routine).stream().anyMatch(Exercise::standing);
            assertThat(keys.contains("stop-rules.5")).as(routine.id()).isEqualTo(standing);
            assertThat(keys.contains("stop-rules.6")).as(routine.id()).isEqualTo(standing);
            assertThat(keys).as(routine.id()).contains("stop-rules.1", "stop-rules.4", "stop-rules.7");
        }
        assertThat(phrases.text("stop-rules.5") + phrases.text("stop-rules.6")).containsIgnoringCase("standing");
    }
}
