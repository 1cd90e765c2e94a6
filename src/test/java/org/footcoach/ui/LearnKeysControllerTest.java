package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Phrases;
import org.junit.jupiter.api.Test;

/** The walk of Learn keys: each press learnt for the action asked, skip, start again, clear and done. */
class LearnKeysControllerTest {
    private final List<Map<String, String>> saved = new ArrayList<>();
    private final AtomicInteger left = new AtomicInteger();
    private final AtomicInteger changes = new AtomicInteger();
    private final List<String> said = new ArrayList<>();
    private final Phrases phrases = new Phrases();
    private final PhraseVoice voice = new PhraseVoice() {
        @Override
        public void say(String phraseKey) {
            said.add(phraseKey);
        }

        @Override
        public void quiet() {
            said.add("(quiet)");
        }
    };

    private LearnKeysController walk(Map<String, String> before) {
        LearnKeysController controller = new LearnKeysController(before, saved::add, left::incrementAndGet, voice);
        controller.onChange(changes::incrementAndGet);
        controller.start();
        return controller;
    }

    private String asked(String what) {
        return phrases.text("learn." + what);
    }

    @Test
    void asksForGoNextBackAndPauseInTurnAndLearnsEachPress() {
        LearnKeysController learn = walk(Map.of());
        assertThat(learn.prompt()).isEqualTo(asked("ask.go"));
        assertThat(learn.told()).isEmpty();

        learn.pressed("F13");
        assertThat(learn.told()).isEqualTo("Learnt: F13 means Go.");
        assertThat(learn.prompt()).isEqualTo(asked("ask.next"));
        learn.pressed("PAGE_DOWN");
        assertThat(learn.told()).isEqualTo("Learnt: Page Down means Next.");
        learn.pressed("B");
        assertThat(learn.prompt()).isEqualTo(asked("ask.pause"));
        learn.pressed("F14");

        assertThat(learn.prompt()).isEqualTo(asked("finished"));
        assertThat(learn.learnt()).isEqualTo(Map.of("F13", "go", "PAGE_DOWN", "next", "B", "back", "F14", "pause"));
        assertThat(saved).as("saved after each press").hasSize(4).last().isEqualTo(learn.learnt());
        assertThat(changes).hasValue(4);
        assertThat(left).hasValue(0);

        assertThat(said).as("each question said as it is shown").containsExactly("learn.ask.go", "learn.ask.next",
                "learn.ask.back", "learn.ask.pause", "learn.finished");

        learn.pressed("F13");
        assertThat(left).as("a press at the end goes back").hasValue(1);
        assertThat(said).last().isEqualTo("(quiet)");
        assertThat(saved).hasSize(4);
    }

    @Test
    void aOneButtonPedalKeepsItsFirstMeaningAndSkipsTheRest() {
        LearnKeysController learn = walk(Map.of());

        learn.pressed("F13");
        learn.pressed("F13");
        assertThat(learn.told()).isEqualTo("F13 already means Go. Next is skipped.");
        learn.pressed("F13");
        learn.pressed("F13");

        assertThat(learn.prompt()).isEqualTo(asked("finished"));
        assertThat(learn.learnt()).isEqualTo(Map.of("F13", "go"));
        assertThat(saved).hasSize(1);
    }

    @Test
    void escapeAndShiftAndAKeyWithNoNameAreNeverLearnt() {
        LearnKeysController learn = walk(Map.of("F13", "next"));

        learn.pressed("ESCAPE");
        assertThat(learn.told()).isEqualTo("Escape always goes back. Press another key.");
        learn.pressed("SHIFT");
        assertThat(learn.told()).isEqualTo("That key cannot be learnt. Press another key.");
        learn.pressed(null);
        assertThat(said).as("why, shown and said").containsExactly("learn.ask.go", "learn.escape", "learn.cannot",
                "learn.cannot");

        assertThat(learn.prompt()).as("still asking for Go").isEqualTo(asked("ask.go"));
        assertThat(learn.learnt()).isEqualTo(Map.of("F13", "next"));
        assertThat(saved).isEmpty();
        assertThat(left).hasValue(0);
    }

    @Test
    void nextSkipsTheActionAskedAndMeansNothingAtTheEnd() {
        LearnKeysController learn = walk(Map.of());

        assertThat(learn.act(Command.NEXT, CommandSource.TOUCH)).isTrue();
        assertThat(learn.told()).isEqualTo("Go is skipped.");
        learn.pressed("F13");
        assertThat(learn.learnt()).as("learnt for Next, Go skipped").isEqualTo(Map.of("F13", "next"));
        assertThat(learn.act(Command.NEXT, CommandSource.VOICE)).isTrue();
        assertThat(learn.act(Command.NEXT, CommandSource.KEY)).isTrue();

        assertThat(learn.prompt()).isEqualTo(asked("finished"));
        assertThat(learn.act(Command.NEXT, CommandSource.TOUCH)).isFalse();
    }

    @Test
    void startAgainForgetsTheKeysOfThisWalkAndKeepsThoseOfBefore() {
        LearnKeysController learn = walk(Map.of("F20", "back"));
        learn.pressed("F13");
        learn.pressed("F20");
        assertThat(learn.learnt()).isEqualTo(Map.of("F13", "go", "F20", "next"));

        assertThat(learn.act(Command.REPEAT, CommandSource.TOUCH)).isTrue();

        assertThat(learn.learnt()).isEqualTo(Map.of("F20", "back"));
        assertThat(saved).last().isEqualTo(Map.of("F20", "back"));
        assertThat(learn.prompt()).isEqualTo(asked("ask.go"));
        assertThat(learn.told()).isEqualTo(UiText.get("learnKeys.again"));
        learn.pressed("F13");
        assertThat(learn.told()).as("F13 is new again on this walk").isEqualTo("Learnt: F13 means Go.");
    }

    @Test
    void clearForgetsEveryLearntKeyAndAsksFromTheStart() {
        LearnKeysController learn = walk(Map.of("F20", "back", "F21", "pause"));
        learn.pressed("F13");

        learn.clear();

        assertThat(learn.learnt()).isEmpty();
        assertThat(saved).last().isEqualTo(Map.of());
        assertThat(learn.prompt()).isEqualTo(asked("ask.go"));
        assertThat(learn.told()).isEqualTo("Learnt keys cleared. The usual keys work again.");
        learn.pressed("F13");
        assertThat(learn.learnt()).isEqualTo(Map.of("F13", "go"));
    }

    @Test
    void doneStopAndBackGoBackAndOtherCommandsMeanNothing() {
        LearnKeysController learn = walk(Map.of());

        assertThat(learn.act(Command.DONE, CommandSource.TOUCH)).isTrue();
        assertThat(learn.act(Command.STOP, CommandSource.KEY)).isTrue();
        assertThat(learn.act(Command.BACK, CommandSource.VOICE)).isTrue();
        assertThat(left).hasValue(3);

        assertThat(learn.act(Command.GO, CommandSource.VOICE)).isFalse();
        assertThat(learn.act(Command.HELP, CommandSource.VOICE)).isFalse();
        assertThat(saved).isEmpty();
    }
}
