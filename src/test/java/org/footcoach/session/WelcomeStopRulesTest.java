package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One stray press of Next in the welcome never skips the stop rules; a second, meant one does. */
class WelcomeStopRulesTest {

    @Test
    void theFirstNextInTheWelcomeAsksAndEveryStopRuleIsStillSaid() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        while (!h.recorder.lastSaid("stop-rules.2")) {
            assertThat(h.clock.runNext()).isTrue();
        }

        h.send(Command.NEXT);

        assertThat(h.recorder.acted).containsExactly(true);
        assertThat(h.recorder.interruptions).as("the rule being said is not cut off").isEmpty();
        while (!h.recorder.events.stream().anyMatch(e -> e.startsWith("exercise "))) {
            assertThat(h.clock.runNext()).isTrue();
        }
        List<String> said = h.recorder.keys();
        assertThat(said).containsSubsequence("stop-rules.1", "stop-rules.2", "stop-rules.3", "stop-rules.4",
                "stop-rules.5", "stop-rules.6", "stop-rules.7");
        assertThat(said).containsOnlyOnce("intro.skip-ask");
        assertThat(said.indexOf("intro.skip-ask")).as("asked right after the sentence then being said")
                .isLessThan(said.indexOf("stop-rules.5"));
    }

    @Test
    void aSecondNextSkipsTheRestOfTheRules() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        while (!h.recorder.lastSaid("stop-rules.1")) {
            assertThat(h.clock.runNext()).isTrue();
        }
        h.send(Command.NEXT);
        while (!h.recorder.lastSaid("intro.skip-ask")) {
            assertThat(h.clock.runNext()).isTrue();
        }

        h.send(Command.NEXT);

        assertThat(h.recorder.acted).containsExactly(true, true);
        runUntilExercise(h, "exercise 0 ");
        assertThat(h.recorder.keys()).doesNotContain("stop-rules.7");
    }

    @Test
    void skippingTheRulesStillSaysWhatToHaveToHand() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        while (!h.recorder.lastSaid("stop-rules.1")) {
            assertThat(h.clock.runNext()).isTrue();
        }
        h.send(Command.NEXT);
        while (!h.recorder.lastSaid("intro.skip-ask")) {
            assertThat(h.clock.runNext()).isTrue();
        }

        h.send(Command.NEXT);

        runUntilExercise(h, "exercise 0 ");
        List<String> said = h.recorder.keys();
        assertThat(said).doesNotContain("stop-rules.7");
        assertThat(said).containsSubsequence("intro.skip-ask", "routine.quick.equipment", "sit-down.1");
    }

    @Test
    void aNextDuringTheEquipmentSentenceGoesOnToTheFirstExercise() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        while (!h.recorder.lastSaid("routine.quick.equipment")) {
            assertThat(h.clock.runNext()).isTrue();
        }

        h.send(Command.NEXT);

        runUntilExercise(h, "exercise 0 ");
        assertThat(h.recorder.keys()).containsOnlyOnce("routine.quick.equipment").doesNotContain("intro.skip-ask");
    }

    @Test
    void nextAfterTheWelcomeSkipsAnExerciseAtOnceAsBefore() {
        Harness h = new Harness("quick", SessionSettings.headless());
        h.engine.start();
        h.runUntil(SessionState.COUNTING);
        h.send(Command.NEXT);
        runUntilExercise(h, "exercise 1 ");
        assertThat(h.recorder.keys()).doesNotContain("intro.skip-ask");
        assertThat(h.recorder.events.stream().filter(e -> e.startsWith("exercise ")).toList())
                .containsExactly("exercise 0 ankle-rolls side 1", "exercise 1 ankle-pumps side 1");
    }

    private static void runUntilExercise(Harness h, String started) {
        while (h.recorder.events.stream().noneMatch(e -> e.startsWith(started))) {
            assertThat(h.clock.runNext()).as("runs until %s", started).isTrue();
        }
    }
}
