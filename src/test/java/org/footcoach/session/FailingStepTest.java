package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step that throws (here: its speech length cannot be had) is logged and the session goes on past it. */
class FailingStepTest {
    private final VirtualClock clock = new VirtualClock();
    /** What escaped the engine's tasks: the live scheduler only logs these, and the session would go quiet. */
    private final List<RuntimeException> escaped = new ArrayList<>();
    private final Recorder recorder = new Recorder();

    @Test
    void aSentenceThatCannotBeSaidIsSkippedAndTheSessionEnds() {
        String broken = "Calf stretch step one.";
        try (EngineErrors errors = new EngineErrors()) {
            runToEnd(failingOn(broken));

            assertThat(escaped).isEmpty();
            assertThat(recorder.texts()).doesNotContain(broken).contains("Calf stretch step two.");
            assertThat(recorder.summaries).hasSize(1);
            assertThat(recorder.holds).hasSize(4);
            assertThat(errors.errors).anySatisfy(e -> assertThat(e).contains(broken));
        }
    }

    @Test
    void aCountWordThatCannotBeTimedStillLetsTheHoldEnd() {
        try (EngineErrors errors = new EngineErrors()) {
            runToEnd(failingOn("Seven"));

            assertThat(escaped).isEmpty();
            assertThat(recorder.texts()).doesNotContain("Seven").contains("Six", "Eight", "Twenty");
            assertThat(recorder.holds).containsExactly("calf-stretch side 1 set 1 20s", "calf-stretch side 1 set 2 20s",
                    "calf-stretch side 2 set 1 20s", "calf-stretch side 2 set 2 20s");
            assertThat(recorder.summaries).hasSize(1);
            assertThat(errors.errors).isNotEmpty();
        }
    }

    private void runToEnd(SpeechLength lengths) {
        Scheduler likeTheLiveOne = (at, task) -> clock.at(at, () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                escaped.add(e);
            }
        });
        SessionEngine engine = new SessionEngine(Fixtures.plan("hold-only"), clock, likeTheLiveOne, lengths,
                SessionSettings.headless());
        engine.addListener(recorder);
        engine.start();
        clock.runUntilIdle();
        assertThat(recorder.last.state()).isEqualTo(SessionState.ENDED);
    }

    private static SpeechLength failingOn(String text) {
        SpeechLength words = Fixtures.wordLengths();
        return new SpeechLength() {
            @Override
            public long sayMillis(String phraseKey, String said) {
                if (said.equals(text)) {
                    throw new IllegalStateException("No length for \"" + said + "\"");
                }
                return words.sayMillis(phraseKey, said);
            }

            @Override
            public long earconMillis(Earcon earcon) {
                return words.earconMillis(earcon);
            }
        };
    }
}
