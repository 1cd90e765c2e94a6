package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.junit.jupiter.api.Test;

/** Prompts name only the controls that work now, and only words and buttons the table of actions has. */
class PromptsTest {
    private static final Pattern SAY = Pattern.compile("\\bsay\\b", Pattern.CASE_INSENSITIVE);
    private final Content content = ContentLoader.loadBundled().content();
    private final ActionTable table = ActionTable.load();

    @Test
    void withoutVoiceCommandsNoRoutineAsksThePersonToSpeak() {
        for (Routine routine : content.routines()) {
            assertThat(saidWith(Controls.KEYS_TOUCH, routine)).as(routine.id()).noneMatch(t -> SAY.matcher(t).find());
        }
    }

    @Test
    void withVoiceCommandsTheSamePromptsAskForWords() {
        for (Routine routine : content.routines()) {
            assertThat(saidWith(Controls.VOICE_KEYS_TOUCH, routine)).as(routine.id())
                    .anyMatch(t -> SAY.matcher(t).find());
        }
    }

    @Test
    void anExportedTrackAsksForNoWordAndNoPress() {
        Phrases track = new Phrases().withControls(() -> Controls.TRACK);
        List<String> said = new PlanBuilder(track).build(content, "full").steps().stream()
                .filter(PlanStep.Say.class::isInstance).map(step -> ((PlanStep.Say) step).text()).toList();
        assertThat(said).noneMatch(t -> SAY.matcher(t).find() || t.toLowerCase(Locale.ROOT).contains("pedal"));
    }

    @Test
    void theControlsChosenAreAskedEachTimeAPromptIsSaid() {
        List<Controls> now = new ArrayList<>(List.of(Controls.VOICE_KEYS_TOUCH));
        Phrases phrases = new Phrases().withControls(() -> now.get(0));
        assertThat(phrases.key("pause.how")).isEqualTo("pause.how");
        now.set(0, Controls.KEYS_TOUCH);
        assertThat(phrases.key("pause.how")).isEqualTo("pause.how.no-voice");
        assertThat(phrases.numbered("help")).first().isEqualTo("help.no-voice.1");
        assertThat(phrases.key("work.start")).as("a phrase with no variant").isEqualTo("work.start");
    }

    @Test
    void everyWordAPromptAsksForIsACommandWord() {
        Set<String> words = table.all().stream().flatMap(action -> action.words().stream())
                .collect(Collectors.toSet());
        Pattern asked = Pattern.compile("\\b[Ss]ay ([a-z ]+?)(?: to |,|\\.| at )");
        Phrases phrases = new Phrases();
        for (String key : phrases.keys()) {
            Matcher m = asked.matcher(phrases.text(key));
            while (m.find()) {
                assertThat(Arrays.asList(m.group(1).split(" or "))).as(key + ": " + phrases.text(key))
                        .allMatch(words::contains);
            }
        }
    }

    @Test
    void everyButtonAPromptNamesIsOnTheScreen() {
        Set<String> buttons = table.all().stream()
                .map(action -> action.button().replaceAll("^\\W+", "")).collect(Collectors.toSet());
        Pattern touched = Pattern.compile("\\btouch ([A-Z][a-z]*(?: [a-z]+)?)\\b[.,]");
        Phrases phrases = new Phrases();
        int named = 0;
        for (String key : phrases.keys()) {
            Matcher m = touched.matcher(phrases.text(key));
            while (m.find()) {
                named++;
                assertThat(buttons).as(key + ": " + phrases.text(key)).contains(m.group(1));
            }
        }
        assertThat(named).as("prompts that name a button").isGreaterThanOrEqualTo(3);
    }

    /** Everything said in a routine led with {@code controls}, with a pause, Help and a wait for ready on the way. */
    private List<String> saidWith(Controls controls, Routine routine) {
        Phrases phrases = new Phrases().withControls(() -> controls);
        Plan plan = new PlanBuilder(phrases).build(content, routine);
        Harness h = new Harness(plan, SessionSettings.defaults(), Fixtures.wordLengths(), phrases);
        h.engine.start();
        h.runNowTasks();
        h.send(Command.PAUSE);
        h.send(Command.HELP);
        h.send(Command.GO);
        h.runUntil(SessionState.COUNTING);
        h.send(Command.HELP);
        h.send(Command.GO);
        assertThat(h.finish()).as(routine.id()).isTrue();
        return h.recorder.texts();
    }
}
