package org.footcoach.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real exercises.json at the top of the repository. */
class ExercisesFileTest {
    private static final List<String> FACTS_IDS = List.of("ankle-rolls", "hamstring-stretch", "calf-stretch",
            "ankle-pumps", "heel-and-toe-raises", "kick-backs", "marching", "single-leg-balance", "foot-rolling",
            "sensory-bucket", "towel-scrunches");
    private static final List<String> FACTS_NAMES = List.of("Ankle rolls", "Hamstring stretch", "Calf stretch",
            "Ankle pumps", "Heel and toe raises", "Kick backs", "Marching", "Single-leg balance", "Foot rolling",
            "Sensory bucket", "Towel scrunches");
    private static final Pattern LET_GO = Pattern.compile(
            "let go|letting go|release|hands? free|no hands|without (holding|support|the counter)|hands? off"
                    + "|take (your|both|one) hands?|lift (your|both|one) hands?");
    private static final Pattern CURE = Pattern.compile("\\b(cure[sd]?|reverse[sd]?|heal[sd]?|fix(es)?)\\b");

    private static Content content;

    @BeforeAll
    static void load() {
        LoadResult result = ContentLoader.load(Path.of("exercises.json"));
        assertThat(result.errors()).extracting(ContentError::line).isEmpty();
        content = result.content();
    }

    @Test
    void hasTheElevenExercisesInTheOrderOfTheFactsSheet() {
        assertThat(content.exercises()).extracting(Exercise::id).containsExactlyElementsOf(FACTS_IDS);
        assertThat(content.exercises()).extracting(Exercise::name).containsExactlyElementsOf(FACTS_NAMES);
    }

    @Test
    void hasFourRoutinesWithVisibleNames() {
        assertThat(content.routines()).extracting(Routine::id).containsExactly("full", "sitting", "standing", "quick");
        assertThat(content.routines()).extracting(Routine::name)
                .containsExactly("Full routine", "Sitting only", "Standing and balance", "Quick");
    }

    @Test
    void fullRoutineHasEveryExerciseInOrder() {
        assertThat(content.routine("full").orElseThrow().exercises()).containsExactlyElementsOf(FACTS_IDS);
    }

    @Test
    void sittingAndStandingRoutinesSplitTheExercisesByPosition() {
        List<String> seated = content.exercises().stream().filter(e -> !e.standing()).map(Exercise::id).toList();
        List<String> standing = content.exercises().stream().filter(Exercise::standing).map(Exercise::id).toList();
        assertThat(content.routine("sitting").orElseThrow().exercises()).containsExactlyElementsOf(seated);
        assertThat(content.routine("standing").orElseThrow().exercises()).containsExactlyElementsOf(standing);
        assertThat(standing).containsExactly("ankle-pumps", "heel-and-toe-raises", "kick-backs", "marching",
                "single-leg-balance");
    }

    @Test
    void everyStandingExerciseIsDoneHoldingTheCounter() {
        for (Exercise exercise : standingExercises()) {
            assertThat(exercise.support()).as(exercise.id()).isEqualTo(Support.COUNTER);
            assertThat(exercise.steps()).as(exercise.id())
                    .anyMatch(step -> step.contains("both hands on the counter or table"));
        }
    }

    @Test
    void noSentenceIsLongerThanFourteenWords() {
        for (Exercise exercise : content.exercises()) {
            for (String text : texts(exercise)) {
                for (String sentence : text.split("[.!?]")) {
                    String words = sentence.strip();
                    if (!words.isEmpty()) {
                        assertThat(words.split("\\s+")).as(exercise.id() + ": " + sentence).hasSizeLessThanOrEqualTo(14);
                    }
                }
            }
        }
    }

    @Test
    void noSentenceTellsAStandingPersonToLetGo() {
        for (Exercise exercise : standingExercises()) {
            for (String text : texts(exercise)) {
                assertThat(LET_GO.matcher(text.toLowerCase(Locale.ROOT)).find()).as(exercise.id() + ": " + text)
                        .isFalse();
            }
        }
    }

    @Test
    void noTextClaimsACure() {
        for (Exercise exercise : content.exercises()) {
            for (String text : texts(exercise)) {
                assertThat(CURE.matcher(text.toLowerCase(Locale.ROOT)).find()).as(exercise.id() + ": " + text)
                        .isFalse();
            }
        }
    }

    @Test
    void dosesCarryTheFiguresAndSourcesOfTheFactsSheet() {
        Dose ankleRolls = dose("ankle-rolls");
        assertThat(ankleRolls.reps()).isEqualTo(new Amount(5, 15, 10, Source.DEFAULT));
        assertThat(ankleRolls.sets()).isEqualTo(new Amount(2, 2, 2, Source.GUIDE));
        for (String stretch : List.of("hamstring-stretch", "calf-stretch")) {
            assertThat(dose(stretch).holdSeconds()).extracting(Amount::min, Amount::max, Amount::source)
                    .containsExactly(10, 30, Source.GUIDE);
            assertThat(dose(stretch).sets()).extracting(Amount::min, Amount::max, Amount::source)
                    .containsExactly(2, 3, Source.GUIDE);
        }
        for (String move : List.of("ankle-pumps", "heel-and-toe-raises", "kick-backs", "marching")) {
            assertThat(dose(move).reps()).extracting(Amount::min, Amount::max, Amount::source)
                    .containsExactly(10, 15, Source.GUIDE);
            assertThat(dose(move).sets().source()).isEqualTo(Source.DEFAULT);
        }
        assertThat(dose("single-leg-balance").holdSeconds()).extracting(Amount::min, Amount::max, Amount::source)
                .containsExactly(10, 20, Source.GUIDE);
        assertThat(dose("single-leg-balance").sets().source()).isEqualTo(Source.DEFAULT);
        assertThat(dose("foot-rolling").minutes()).extracting(Amount::min, Amount::max, Amount::source)
                .containsExactly(2, 5, Source.GUIDE);
        assertThat(dose("sensory-bucket").minutes()).extracting(Amount::min, Amount::max, Amount::source)
                .containsExactly(3, 5, Source.GUIDE);
        assertThat(dose("towel-scrunches").reps()).extracting(Amount::min, Amount::max, Amount::source)
                .containsExactly(5, 10, Source.GUIDE);
        assertThat(dose("towel-scrunches").sets().source()).isEqualTo(Source.DEFAULT);
        assertThat(content.exercises()).allSatisfy(e -> assertThat(e.dose().clinicianOverride()).isFalse());
    }

    @Test
    void kindsAndSidesFollowTheGuide() {
        assertThat(content.exercises()).filteredOn(e -> e.kind() == Kind.HOLD).extracting(Exercise::id)
                .containsExactly("hamstring-stretch", "calf-stretch", "single-leg-balance");
        assertThat(content.exercises()).filteredOn(e -> e.kind() == Kind.TIMED).extracting(Exercise::id)
                .containsExactly("foot-rolling", "sensory-bucket");
        assertThat(exercise("foot-rolling").perSide()).isTrue();
        assertThat(exercise("sensory-bucket").perSide()).isFalse();
    }

    /** Per side, the words say which foot works or lifts and which stays down; right first, then left. */
    @Test
    void everyPerSideExerciseSaysWhichFootWorksAndWhichStaysDown() {
        for (Exercise exercise : content.exercises()) {
            if (!exercise.perSide()) {
                assertThat(exercise.sides()).as(exercise.id()).isNull();
                continue;
            }
            assertThat(exercise.sides()).as(exercise.id()).isNotNull();
            assertThat(exercise.sides().right()).as(exercise.id()).containsPattern("\\bright (foot|leg)\\b")
                    .containsPattern("\\bleft foot\\b");
            assertThat(exercise.sides().left()).as(exercise.id()).containsPattern("\\bleft (foot|leg)\\b")
                    .containsPattern("\\bright foot\\b");
            if (exercise.standing()) {
                // Not "Stand on your left foot": the recogniser hears "stand on" as "done" (OwnVoiceEchoTest).
                assertThat(exercise.sides().right()).as(exercise.id())
                        .startsWith("Your left foot stays on the floor.");
                assertThat(exercise.sides().left()).as(exercise.id())
                        .startsWith("Your right foot stays on the floor.");
            }
        }
        assertThat(exercise("single-leg-balance").holdStart()).contains("Lift your foot");
    }

    @Test
    void everyItemOfEquipmentHasAShortSpokenName() {
        for (Exercise exercise : content.exercises()) {
            assertThat(exercise.equipmentSaid()).as(exercise.id()).hasSameSizeAs(exercise.equipment())
                    .allSatisfy(name -> assertThat(name).matches("[a-z][a-z ]+"));
        }
        assertThat(exercise("calf-stretch").equipmentSaid()).containsExactly("a strap or long towel");
    }

    @Test
    void ankleRollsSayWhichWayEachSetCircles() {
        assertThat(exercise("ankle-rolls").setIntros()).hasSize(2);
    }

    @Test
    void variationsAreThoseTheGuideGives() {
        assertThat(content.exercises()).filteredOn(e -> e.variation() != null).extracting(Exercise::id)
                .containsExactly("ankle-rolls", "calf-stretch", "sensory-bucket");
    }

    @Test
    void everyPictureIdIsTheExerciseId() {
        assertThat(content.exercises()).allSatisfy(e -> assertThat(e.picture()).isEqualTo(e.id()));
    }

    @Test
    void theBundledCopyIsTheSameContent() {
        LoadResult bundled = ContentLoader.loadBundled();
        assertThat(bundled.errors()).isEmpty();
        assertThat(bundled.content()).isEqualTo(content);
    }

    @Test
    void summaryLineCountsExercisesAndRoutines() {
        assertThat(ContentSummary.line("exercises.json", content)).isEqualTo("exercises.json: OK, 11 exercises, 4 routines");
    }

    private static List<Exercise> standingExercises() {
        return content.exercises().stream().filter(Exercise::standing).toList();
    }

    private static Exercise exercise(String id) {
        return content.exercise(id).orElseThrow();
    }

    private static Dose dose(String id) {
        return exercise(id).dose();
    }

    /** Every sentence of an exercise that the app says or shows. */
    private static List<String> texts(Exercise exercise) {
        List<String> texts = new ArrayList<>();
        texts.add(exercise.name());
        texts.add(exercise.purpose());
        Stream.of(exercise.steps(), exercise.setIntros(), exercise.reminders(), exercise.safety(),
                exercise.equipment(), exercise.equipmentSaid()).forEach(texts::addAll);
        if (exercise.sides() != null) {
            texts.add(exercise.sides().right());
            texts.add(exercise.sides().left());
        }
        if (exercise.holdStart() != null) {
            texts.add(exercise.holdStart());
        }
        if (exercise.variation() != null) {
            texts.add(exercise.variation().name());
            texts.addAll(exercise.variation().steps());
        }
        return texts;
    }
}
