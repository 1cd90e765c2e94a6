package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.footcoach.content.Content;
import org.footcoach.content.ContentLoader;
import org.footcoach.content.Routine;
import org.junit.jupiter.api.Test;

/**
 * What the screen shows and what the voice says agree, for every routine of the real exercises.json led on the
 * virtual clock: each count word said is the count shown, no number is shown outside the set it counts, the first
 * "minutes left" is the start screen's minutes, the timed ring moves from the start, and the rest counts down.
 */
class ShownAndSaidAgreeTest {
    private final Content content = ContentLoader.loadBundled().content();

    @Test
    void everyRoutineShowsTheCountItSaysAndTheMinutesTheStartScreenShows() {
        for (Routine routine : content.routines()) {
            Plan plan = new PlanBuilder().build(content, routine);
            Harness h = new Harness(plan, SessionSettings.defaults(), Fixtures.wordLengths());
            Witness witness = new Witness();
            h.engine.addListener(witness);
            h.engine.start();
            assertThat(h.finish()).as(routine.id()).isTrue();

            assertThat(witness.problems).as(routine.id()).isEmpty();
            assertThat(witness.countsSaid).as(routine.id()).isGreaterThan(20);
            assertThat(witness.first.minutesLeft()).as(routine.id() + ": first minutes left")
                    .isEqualTo(PlanDuration.minutes(plan, SessionSettings.defaults()));
        }
    }

    @Test
    void aPauseAndResumeInEachKindOfWorkAndInTheRestKeepsShownAndSaidTogether() {
        Plan plan = new PlanBuilder().build(content, "full");
        Harness h = new Harness(plan, SessionSettings.defaults(), Fixtures.wordLengths());
        Witness witness = new Witness();
        h.engine.addListener(witness);
        h.engine.start();

        pauseAndResume(h, s -> s.state() == SessionState.COUNTING && s.count().equals(OptionalInt.of(6)));
        pauseAndResume(h, s -> s.state() == SessionState.HOLDING && s.count().equals(OptionalInt.of(4)));
        pauseAndResume(h, s -> s.state() == SessionState.TIMING && s.progress() > 0.2);
        pauseAndResume(h, s -> s.state() == SessionState.RESTING && s.restSecondsLeft() == 9);
        assertThat(h.finish()).isTrue();

        assertThat(witness.problems).isEmpty();
        assertThat(witness.pausedCounts).as("a count stays shown while paused").isNotEmpty();
    }

    @Test
    void theTimedRingAndMinutesMoveFromTheStartOfTheWork() {
        Harness h = new Harness(new PlanBuilder().build(content, "sitting"), SessionSettings.defaults(),
                Fixtures.wordLengths());
        h.engine.start();
        runUntil(h, s -> s.state() == SessionState.TIMING);
        long startedAt = h.clock.millis();
        h.clock.advanceTo(startedAt + 13_000);
        SessionSnapshot thirteen = h.recorder.last;
        assertThat(thirteen.state()).isEqualTo(SessionState.TIMING);
        assertThat(thirteen.progress() * thirteen.countTotal()).as("seconds the ring shows 13 s in")
                .isBetween(12.0, 13.0);
    }

    @Test
    void theRestBetweenExercisesCountsDownEverySecondAndShowsWhatComesNext() {
        Plan plan = new PlanBuilder().build(content, "quick");
        Harness h = new Harness(plan, SessionSettings.defaults(), Fixtures.wordLengths());
        List<SessionSnapshot> rest = new ArrayList<>();
        h.engine.addListener(new SessionListener() {
            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                if (snapshot.inExercise().map(in -> in.index() == 0).orElse(false)
                        && snapshot.nextUp().isPresent()) {
                    rest.add(snapshot);
                }
            }
        });
        h.engine.start();
        assertThat(h.finish()).isTrue();

        assertThat(rest).allSatisfy(s -> {
            assertThat(s.nextUp().orElseThrow().id()).isEqualTo(plan.exercises().get(1).exercise().id());
            assertThat(s.count()).isEmpty();
        });
        List<Integer> seconds = rest.stream().map(SessionSnapshot::restSecondsLeft).filter(n -> n > 0).toList();
        int restSeconds = SessionSettings.defaults().restSeconds();
        assertThat(new TreeSet<>(seconds)).hasSize(restSeconds).first().isEqualTo(1);
        assertThat(seconds.get(0)).isEqualTo(restSeconds);
        assertThat(seconds).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void theStartScreenMinutesOfEveryRoutineFitItsLengthAndTheFullRoutineIsTheLongest() {
        int full = PlanDuration.minutes(new PlanBuilder().build(content, "full"), SessionSettings.defaults());
        for (Routine routine : content.routines()) {
            assertThat(PlanDuration.minutes(new PlanBuilder().build(content, routine), SessionSettings.defaults()))
                    .as(routine.id()).isLessThanOrEqualTo(full);
        }
        assertThat(PlanDuration.minutes(new PlanBuilder().build(content, "quick"), SessionSettings.defaults()))
                .isBetween(8, 14);
    }

    /** Runs until a snapshot fits {@code when}, then pauses mid-word, waits and resumes. */
    private static void pauseAndResume(Harness h, Predicate<SessionSnapshot> when) {
        runUntil(h, when);
        h.clock.advanceBy(150);
        h.send(Command.PAUSE);
        assertThat(h.state()).isEqualTo(SessionState.PAUSED);
        h.clock.advanceBy(4_000);
        h.send(Command.GO);
    }

    /** Runs task by task, saying GO whenever the engine waits for ready, until a snapshot fits {@code when}. */
    private static void runUntil(Harness h, Predicate<SessionSnapshot> when) {
        for (int i = 0; i < 1_000_000; i++) {
            if (h.recorder.last != null && when.test(h.recorder.last)) {
                return;
            }
            if (h.state() == SessionState.WAITING_FOR_GO) {
                h.send(Command.GO);
            } else if (!h.clock.runNext()) {
                break;
            }
        }
        throw new AssertionError("never came: " + h.recorder.last);
    }

    /** Compares each snapshot with the count word said last. */
    private static final class Witness implements SessionListener {
        final List<String> problems = new ArrayList<>();
        final List<Integer> pausedCounts = new ArrayList<>();
        SessionSnapshot first;
        int countsSaid;
        private OptionalInt said = OptionalInt.empty();
        private boolean justSaid;

        @Override
        public void cue(Cue cue) {
            OptionalInt count = Cues.count(cue);
            if (count.isPresent()) {
                said = count;
                justSaid = true;
                countsSaid++;
            }
        }

        @Override
        public void stateChanged(SessionSnapshot s) {
            if (first == null) {
                first = s;
            }
            if (justSaid && !s.count().equals(said)) {
                problems.add("said " + said + " but shows " + s.count() + " at " + s.atMillis());
            }
            justSaid = false;
            if (s.count().isPresent()) {
                if (!s.count().equals(said)) {
                    problems.add("shows " + s.count() + " after saying " + said + " at " + s.atMillis());
                }
                boolean inTheSet = s.work().isPresent() && switch (s.state()) {
                    case COUNTING, HOLDING, PAUSED -> true;
                    default -> false;
                };
                if (!inTheSet) {
                    problems.add("shows " + s.count() + " outside the set, " + s.state() + " at " + s.atMillis());
                }
                if (s.state() == SessionState.PAUSED) {
                    pausedCounts.add(s.count().getAsInt());
                }
            }
        }
    }
}
