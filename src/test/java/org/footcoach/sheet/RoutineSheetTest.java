package org.footcoach.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Exercise;
import org.footcoach.content.Routine;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.PlannedExercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printable sheet of a routine: every exercise whole, the doses of the plan, and text escaped. */
class RoutineSheetTest {
    private static final Content BUNDLED = ContentLoader.loadBundled().content();
    /** The dose words of the bundled exercises at the file's doses. */
    private static final Map<String, String> DOSES = Map.ofEntries(
            Map.entry("ankle-rolls", "10 times, 2 rounds, each side."),
            Map.entry("hamstring-stretch", "Hold 20 seconds, 2 times, each side."),
            Map.entry("calf-stretch", "Hold 20 seconds, 2 times, each side."),
            Map.entry("ankle-pumps", "10 times, each side."),
            Map.entry("heel-and-toe-raises", "10 times."),
            Map.entry("kick-backs", "10 times."),
            Map.entry("marching", "10 times."),
            Map.entry("single-leg-balance", "Hold 10 seconds, 2 times, each side."),
            Map.entry("foot-rolling", "2 minutes, each side."),
            Map.entry("sensory-bucket", "3 minutes."),
            Map.entry("towel-scrunches", "5 times, each side."));

    @TempDir
    Path temp;

    private final RoutineSheet sheet = new RoutineSheet();

    @Test
    void everyBundledRoutineHasEachExerciseWholeInItsOwnSectionWithOnePicture() {
        for (Routine routine : BUNDLED.routines()) {
            String html = sheet.html(new PlanBuilder().build(BUNDLED, routine));
            List<Exercise> exercises = BUNDLED.exercisesOf(routine);
            List<String> sections = exerciseSections(html);

            assertThat(html).contains("<h1>" + routine.name() + "</h1>");
            assertThat(sections).as(routine.id()).hasSize(exercises.size());
            assertThat(count(html, "<svg")).as(routine.id()).isEqualTo(exercises.size());
            for (int i = 0; i < exercises.size(); i++) {
                Exercise exercise = exercises.get(i);
                String section = sections.get(i);
                assertThat(section).as(exercise.id())
                        .contains("<h2>" + (i + 1) + ". " + exercise.name() + "</h2>")
                        .contains(DOSES.get(exercise.id()));
                assertThat(count(section, "<svg")).as(exercise.id()).isEqualTo(1);
                for (String line : concat(exercise.steps(), exercise.safety(), exercise.equipment())) {
                    assertThat(section).as(exercise.id()).contains(line);
                }
            }
        }
    }

    @Test
    void theDoseIsThePlansNotTheFiles() {
        Plan plan = new PlanBuilder().build(BUNDLED, "quick");
        List<PlannedExercise> changed = new ArrayList<>(plan.exercises());
        PlannedExercise rolls = changed.get(0);
        changed.set(0, new PlannedExercise(0, rolls.exercise(), 2, 1, 14, 0, 0));
        PlannedExercise stretch = changed.get(1);
        changed.set(1, new PlannedExercise(1, stretch.exercise(), 2, 3, 0, 25, 0));

        List<String> sections = exerciseSections(sheet.html(new Plan(plan.routine(), changed, plan.steps())));

        assertThat(sections.get(0)).contains("14 times, each side.").doesNotContain("10 times");
        assertThat(sections.get(1)).contains("Hold 25 seconds, 3 times, each side.");
    }

    @Test
    void theStopRulesAreTheSpokenOnesInWordsForPaper() {
        String full = sheet.html(new PlanBuilder().build(BUNDLED, "full"));
        String sitting = sheet.html(new PlanBuilder().build(BUNDLED, "sitting"));

        assertThat(full).contains("Chest pain? Stop and get help.", "A joint hurts? Stop and check your position.",
                "Have a sore on your foot? Skip the standing exercises.", "For standing work, wear shoes that fit.",
                "You may stop at any time.").doesNotContain("Say stop");
        assertThat(sitting).contains("Chest pain? Stop and get help.", "You may stop at any time.")
                .doesNotContain("Skip the standing exercises", "wear shoes");
        assertThat(full.indexOf("Chest pain?")).isLessThan(full.indexOf("<section class=\"exercise\">"));
    }

    @Test
    void theFootCheckAndWhatToHaveReadyAreThere() {
        String full = sheet.html(new PlanBuilder().build(BUNDLED, "full"));
        String sitting = sheet.html(new PlanBuilder().build(BUNDLED, "sitting"));

        assertThat(full.substring(full.lastIndexOf("<section"))).contains("Sit down on a solid chair first.",
                "Check both feet for sores or cuts.");
        assertThat(sitting.substring(sitting.lastIndexOf("<section"))).contains("Check both feet for sores or cuts.")
                .doesNotContain("Sit down");
        String ready = full.substring(full.indexOf("class=\"box ready\""), full.indexOf("<section class=\"exercise\">"));
        assertThat(ready).contains("A solid chair with no wheels", "A kitchen counter or a solid table",
                "A strap, belt or long towel", "A small towel");
        assertThat(count(ready, "A small towel")).isEqualTo(1);
        String standing = sheet.html(new PlanBuilder().build(BUNDLED, "standing"));
        assertThat(standing.substring(standing.indexOf("class=\"box ready\""),
                standing.indexOf("<section class=\"exercise\">")))
                .as("the foot check at the end is done sitting").contains("A solid chair with no wheels");
    }

    @Test
    void textFromTheContentFileIsEscaped() {
        Content marked = ContentLoader.load(Path.of("src/test/resources/content/sheet/markup-in-text.json")).content();

        String html = sheet.html(new PlanBuilder().build(marked, "marked"));

        assertThat(html).contains("1. Toes &lt;b&gt;up&lt;/b&gt; &amp; &quot;down&quot;",
                "<h1>Mine &lt;em&gt;&amp;&lt;/em&gt; &quot;yours&quot;</h1>",
                "Toes scrunch the towel &lt;script&gt;alert(1)&lt;/script&gt;.", "Toes relax &amp; rest.",
                "Stop if it says &quot;ouch&quot; &amp; &lt;i&gt;hurts&lt;/i&gt;.",
                "A towel &lt;small&gt; &amp; &quot;soft&quot;")
                .doesNotContain("<b>up", "<em>&", "<script", "<i>hurts", "<small>");
    }

    @Test
    void theSheetStandsAloneInLargePrintForPaper() {
        String html = sheet.html(new PlanBuilder().build(BUNDLED, "full"));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .doesNotContain("<script", "<link", "src=", "href=", "url(", "@import");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        Matcher size = Pattern.compile("font-size:\\s*([0-9.]+)(\\w+)").matcher(style);
        int sizes = 0;
        while (size.find()) {
            sizes++;
            assertThat(size.group(2)).isEqualTo("pt");
            assertThat(Double.parseDouble(size.group(1))).isGreaterThanOrEqualTo(16);
        }
        assertThat(sizes).isPositive();
        assertThat(style).contains("@page").doesNotContain("size: A4", "size: letter")
                .containsPattern("\\.exercise \\{[^}]*break-inside: avoid");
    }

    @Test
    void writingPutsTheWholeSheetInPlaceAndLeavesNoTemporaryFile() throws IOException {
        Plan plan = new PlanBuilder().build(BUNDLED, "quick");
        Path file = Files.writeString(temp.resolve("quick.html"), "old");

        sheet.write(plan, file);

        assertThat(Files.readString(file)).isEqualTo(sheet.html(plan));
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFolderThatIsNotThereIsOneSentenceAndNothingIsWritten() {
        Path file = temp.resolve("missing").resolve("quick.html");

        assertThatThrownBy(() -> sheet.write(new PlanBuilder().build(BUNDLED, "quick"), file))
                .isInstanceOf(SheetException.class)
                .hasMessageStartingWith("Cannot write " + file + ": ").hasMessageEndingWith(".")
                .hasMessageNotContaining("\n");
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    private static List<String> exerciseSections(String html) {
        String[] parts = html.split(Pattern.quote("<section class=\"exercise\">"));
        return Arrays.stream(parts).skip(1).map(part -> part.substring(0, part.indexOf("</section>"))).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
