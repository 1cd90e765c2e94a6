package org.footcoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.VirtualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The questions at the end: asked aloud one at a time, answered only by a choice, left only by a second press. */
class SummaryControllerTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> said = new ArrayList<>();
    private final List<SessionFeedback> reported = new ArrayList<>();
    private int left;
    private SummaryController summary;

    @BeforeEach
    void show() {
        summary = new SummaryController(clock, new PhraseVoice() {
            @Override
            public void say(String phraseKey) {
                said.add(phraseKey);
            }

            @Override
            public void quiet() {
                said.add("(quiet)");
            }
        }, reported::add, () -> left++);
        summary.start();
    }

    @Test
    void theFirstQuestionIsSaidWithTheFirstAnswerHighlighted() {
        assertThat(said).containsExactly("question.effort");
        assertThat(summary.asking()).isEqualTo(SummaryController.Question.EFFORT);
        assertThat(summary.highlighted()).isZero();
    }

    @Test
    void aPressAnswersTheHighlightedAndTheNextQuestionIsSaid() {
        clock.advanceBy(SummaryController.FRESH_MILLIS);
        act(Command.NEXT, CommandSource.KEY);
        act(Command.NEXT, CommandSource.KEY);
        assertThat(act(Command.GO, CommandSource.KEY)).isTrue();
        assertThat(summary.asking()).isEqualTo(SummaryController.Question.PAIN);
        assertThat(summary.highlighted()).as("the first answer again").isZero();
        assertThat(said).containsExactly("question.effort", "question.pain");

        clock.advanceBy(SummaryController.FRESH_MILLIS);
        act(Command.BACK, CommandSource.KEY);
        assertThat(summary.highlighted()).as("back from the first wraps to the last").isEqualTo(10);
        act(Command.DONE, CommandSource.KEY);
        assertThat(summary.asking()).isEqualTo(SummaryController.Question.THANKS);
        assertThat(reported).as("both answers, as soon as the last is given").containsExactly(new SessionFeedback(2, 10));
        assertThat(said).endsWith("question.thanks");
        assertThat(left).isZero();
    }

    @Test
    void aNumberTouchedAnswersAtOnce() {
        assertThat(act(Command.SEVEN, CommandSource.TOUCH)).isTrue();
        assertThat(act(Command.ZERO, CommandSource.TOUCH)).isTrue();
        assertThat(reported).containsExactly(new SessionFeedback(7, 0));
        assertThat(act(Command.FIVE, CommandSource.TOUCH)).as("nothing is asked now").isFalse();
        assertThat(reported).hasSize(1);
    }

    @Test
    void aPressRightAfterAQuestionAppearsAnswersNothing() {
        assertThat(act(Command.GO, CommandSource.KEY)).as("the same moment the summary shows").isFalse();
        clock.advanceBy(SummaryController.FRESH_MILLIS);
        act(Command.GO, CommandSource.KEY);
        clock.advanceBy(300);
        assertThat(act(Command.GO, CommandSource.KEY)).as("a double press").isFalse();
        assertThat(summary.asking()).isEqualTo(SummaryController.Question.PAIN);
        assertThat(reported).isEmpty();
    }

    @Test
    void oneEscapeAsksAndDoesNotLeaveASecondLeavesKeepingTheAnswers() {
        act(Command.FOUR, CommandSource.TOUCH);
        assertThat(act(Command.STOP, CommandSource.KEY)).isTrue();
        assertThat(left).isZero();
        assertThat(summary.askingToLeave()).isTrue();
        assertThat(said).endsWith("question.leave-ask");
        assertThat(summary.asking()).as("the question is still there").isEqualTo(SummaryController.Question.PAIN);

        clock.advanceBy(SummaryController.CONFIRM_MILLIS - 1);
        act(Command.STOP, CommandSource.TOUCH);
        assertThat(left).isEqualTo(1);
        assertThat(reported).as("what was answered; the other not answered, not 0")
                .containsExactly(new SessionFeedback(4, null));
        assertThat(reported.get(0).notAnswered()).containsExactly("pain");
    }

    @Test
    void aSecondEscapeTooLateOnlyAsksAgain() {
        act(Command.STOP, CommandSource.KEY);
        clock.advanceBy(SummaryController.CONFIRM_MILLIS + 1);
        assertThat(summary.askingToLeave()).isFalse();
        act(Command.STOP, CommandSource.KEY);
        assertThat(left).isZero();
        assertThat(summary.askingToLeave()).isTrue();
    }

    @Test
    void anythingElseBetweenTheTwoPressesTakesTheQuestionBack() {
        act(Command.STOP, CommandSource.KEY);
        act(Command.NEXT, CommandSource.KEY);
        assertThat(summary.askingToLeave()).isFalse();
        assertThat(summary.highlighted()).as("and does what it does").isEqualTo(1);
        act(Command.STOP, CommandSource.KEY);
        assertThat(left).isZero();
    }

    @Test
    void aSpokenStopIsNotTaken() {
        assertThat(act(Command.STOP, CommandSource.VOICE)).isFalse();
        assertThat(act(Command.STOP, CommandSource.VOICE)).isFalse();
        assertThat(summary.askingToLeave()).isFalse();
        assertThat(left).isZero();
    }

    @Test
    void goingBackWithNothingAnsweredReportsNeitherAnswer() {
        act(Command.STOP, CommandSource.KEY);
        act(Command.STOP, CommandSource.KEY);
        assertThat(reported).containsExactly(new SessionFeedback(null, null));
        assertThat(reported.get(0).notAnswered()).containsExactly("effort", "pain");
        assertThat(said).endsWith("(quiet)");
    }

    @Test
    void aPedalPressAnswersAndItsHoldMovesOn() {
        assertThat(summary.keyMeans(List.of(Command.GO, Command.NEXT, Command.DONE))).isEqualTo(Command.GO);
        assertThat(summary.keyMeans(List.of(Command.NEXT))).isEqualTo(Command.NEXT);
        assertThat(summary.keyMeans(List.of(Command.STOP))).isEqualTo(Command.STOP);
    }

    @Test
    void afterThanksAPressGoesBackAndTheAnswersAreReportedOnce() {
        act(Command.THREE, CommandSource.TOUCH);
        act(Command.TEN, CommandSource.TOUCH);
        clock.advanceBy(SummaryController.FRESH_MILLIS);
        act(Command.GO, CommandSource.KEY);
        assertThat(left).isEqualTo(1);
        assertThat(reported).containsExactly(new SessionFeedback(3, 10));
    }

    private boolean act(Command command, CommandSource source) {
        return summary.act(command, source);
    }
}
