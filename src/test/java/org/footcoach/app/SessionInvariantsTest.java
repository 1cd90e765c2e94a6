package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionState;
import org.footcoach.session.Snapshots;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.junit.jupiter.api.Test;

/** The watcher of the monkey and soak tests sees a real session as clean, and each broken rule when there is one. */
class SessionInvariantsTest {
    private final VirtualClock clock = new VirtualClock();
    private final SessionInvariants watcher = new SessionInvariants(clock);

    @Test
    void aWholeSessionKeepsEveryRule() {
        SessionEngine engine = new SessionEngine(new PlanBuilder().build(ContentLoader.loadBundled().content(),
                "quick"), clock, clock, WordRateLength.typical(), SessionSettings.headless());
        engine.addListener(watcher);
        engine.start();
        while (!watcher.ended()) {
            clock.advanceBy(1_000);
            watcher.checkNotStuck();
        }
        assertThat(watcher.problems()).isEmpty();
        assertThat(watcher.wentToTheEnd()).isTrue();
    }

    @Test
    void aCountSkippedOrSaidTwiceIsSeen() {
        count(0, 1);
        count(1_000, 2);
        count(2_000, 4);
        count(3_000, 4);
        assertThat(watcher.problems()).hasSize(2);
        assertThat(watcher.problems().get(0)).startsWith("count 4 said after count 2;");
        assertThat(watcher.problems().get(1)).startsWith("count 4 said after count 4;");
    }

    @Test
    void theCountdownBeforeStandingWorkCountsDownWithoutSkipping() {
        watcher.stateChanged(Snapshots.in(SessionState.COUNTING_DOWN).build());
        count(0, 5);
        count(1_000, 4);
        count(2_000, 2);
        watcher.stateChanged(Snapshots.in(SessionState.COUNTING).build());
        count(3_000, 1);
        assertThat(watcher.problems()).singleElement().asString().startsWith("countdown 2 said after 4;");
    }

    @Test
    void countingFromOneAgainNeedsSomethingThatStartsTheSetAgain() {
        count(0, 1);
        count(1_000, 1);
        watcher.command(Command.REPEAT, CommandSource.VOICE, true);
        count(2_000, 1);
        assertThat(watcher.problems()).singleElement().asString()
                .startsWith("count 1 said after count 1 with nothing starting the set again;");
    }

    @Test
    void aSentenceOverOneNotCutOffIsSeen() {
        say(0, 2_000, "Off you go.");
        say(1_500, 500, "One");
        watcher.speechInterrupted(2_500);
        say(2_600, 1_000, "Paused.");
        say(2_700, 1_000, "Say resume to go on.");
        assertThat(watcher.problems()).hasSize(2).allMatch(p -> p.contains("starts before"));
    }

    @Test
    void aSessionThatRunsButSaysNothingIsStuck() {
        watcher.sessionStarted(null, 0);
        watcher.stateChanged(Snapshots.in(SessionState.COUNTING).build());
        clock.advanceBy(SessionInvariants.LONGEST_QUIET_MILLIS);
        watcher.checkNotStuck();
        assertThat(watcher.problems()).isEmpty();
        clock.advanceBy(1);
        watcher.checkNotStuck();
        assertThat(watcher.problems()).singleElement().asString().startsWith("stuck in COUNTING");
    }

    private void count(long at, int number) {
        watcher.cue(new Cue.Speech(at, 500, Integer.toString(number), Optional.empty(), OptionalInt.of(number),
                Optional.of("ankle-pumps")));
    }

    private void say(long at, long length, String text) {
        watcher.cue(new Cue.Speech(at, length, text, Optional.empty(), OptionalInt.empty(), Optional.empty()));
    }
}
