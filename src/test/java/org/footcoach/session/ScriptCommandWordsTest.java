package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.junit.jupiter.api.Test;

/**
 * The app's own sentences say no command word, so the echo guard seldom has anything to drop and a person's word
 * said over them is not lost. Allowed where a command must be named: the stop rules, the prompts and help that say
 * what to say or press, "stop" in an exercise's safety sentences ("Stop if it hurts."), and "well done" (a phrase
 * the recogniser knows as not a command).
 */
class ScriptCommandWordsTest {
    private static final List<String> NAMING_COMMANDS = List.of("stop-rules.", "help.", "get-ready.wait",
            "pause.how", "intro.skip-ask", "question.leave-ask", "learn.");
    private static final Pattern SAFETY = Pattern.compile("exercise\\.[a-z-]+\\.safety\\.\\d+");
    private final Content content = ContentLoader.loadBundled().content();
    private final Set<String> words = ActionTable.load().all().stream().flatMap(a -> a.words().stream())
            .collect(Collectors.toSet());

    @Test
    void noSentenceOfAnyRoutineSaysACommandWordOutsideTheAllowedPlaces() {
        List<String> found = new ArrayList<>();
        for (Controls controls : Controls.values()) {
            Phrases phrases = new Phrases().withControls(() -> controls);
            for (Routine routine : content.routines()) {
                for (PlanStep step : new PlanBuilder(phrases).build(content, routine).steps()) {
                    if (step instanceof PlanStep.Say say) {
                        check(say.phraseKey(), say.text(), found);
                    }
                }
            }
            for (String key : phrases.keys()) {
                check(key, phrases.text(key), found);
            }
        }
        assertThat(found.stream().distinct().toList()).isEmpty();
    }

    @Test
    void theCheckFindsACommandWordInASentence() {
        List<String> found = new ArrayList<>();
        check("exercise.calf-stretch.step.4", "Your toes come back toward you.", found);
        check("exercise.calf-stretch.step.5", "Well done, that is enough.", found);
        check("exercise.calf-stretch.safety.1", "Stretch gently. Stop if it hurts.", found);
        assertThat(found).containsExactly("exercise.calf-stretch.step.4: \"back\" in \"Your toes come back toward "
                + "you.\"", "exercise.calf-stretch.step.5: \"enough\" in \"Well done, that is enough.\"");
    }

    /** The welcome's offer to skip the stop rules names "next", which skips them, and no other command. */
    @Test
    void theOfferToSkipTheRulesNamesOnlyNext() {
        assertThat(commandWordsIn(new Phrases().text("intro.skip-ask"))).containsExactly("next");
    }

    private void check(String key, String text, List<String> found) {
        if (key != null && NAMING_COMMANDS.stream().anyMatch(key::startsWith)) {
            return;
        }
        boolean safety = key != null && SAFETY.matcher(key).matches();
        for (String word : commandWordsIn(text)) {
            if (!(safety && word.equals("stop"))) {
                found.add(key + ": \"" + word + "\" in \"" + text + "\"");
            }
        }
    }

    private List<String> commandWordsIn(String text) {
        String said = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replace("well done", " ")
                .replaceAll(" +", " ") + " ";
        return words.stream().filter(word -> said.contains(" " + word + " ")).sorted().toList();
    }
}
