package org.footcoach.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final SpeechLength INSTANT = new SpeechLength() {
        @Override
        public long sayMillis(String phraseKey, String text) {
            return 1;
        }

        @Override
        public long earconMillis(Earcon earcon) {
            return 1;
        }
    };

    @Test
    void virtualClockRunsTasksInTimeOrderAndJumpsTime() {
        VirtualClock clock = new VirtualClock();
        List<String> ran = new ArrayList<>();
        clock.at(300, () -> ran.add("c@" + clock.millis()));
        clock.at(100, () -> ran.add("a@" + clock.millis()));
        Scheduler.Scheduled cancelled = clock.at(200, () -> ran.add("never"));
        clock.at(100, () -> ran.add("b@" + clock.millis()));
        cancelled.cancel();
        clock.advanceTo(150);
        assertThat(ran).containsExactly("a@100", "b@100");
        assertThat(clock.millis()).isEqualTo(150);
        clock.now(() -> ran.add("now@" + clock.millis()));
        clock.at(10, () -> ran.add("late@" + clock.millis()));
        assertThat(clock.runUntilIdle()).isEqualTo(300);
        assertThat(ran).containsExactly("a@100", "b@100", "now@150", "late@150", "c@300");
    }

    @Test
    void aRunawayTaskEndsWithAClearError() {
        VirtualClock clock = new VirtualClock(0, 1000);
        Runnable[] again = new Runnable[1];
        again[0] = () -> clock.now(again[0]);
        clock.now(again[0]);
        org.assertj.core.api.Assertions.assertThatThrownBy(clock::runUntilIdle)
                .hasMessageContaining("without going idle");
    }

    @Test
    void realTimeSchedulerLeadsAWholeSessionOnItsOwnThread() throws InterruptedException {
        Plan plan = Fixtures.plan("reps-only");
        SessionSettings quickRests = SessionSettings.headless().withRestSeconds(0, 0).withGapMillis(0)
                .withTempoFactor(SessionSettings.FASTEST);
        RealTimeClock clock = new RealTimeClock();
        try (RealTimeScheduler scheduler = RealTimeScheduler.singleThread("test-session", clock)) {
            CountDownLatch ended = new CountDownLatch(1);
            List<String> threads = new ArrayList<>();
            SessionEngine engine = new SessionEngine(plan, clock, scheduler, INSTANT, quickRests);
            engine.addListener(new SessionListener() {
                @Override
                public void cue(Cue cue) {
                    threads.add(Thread.currentThread().getName());
                }

                @Override
                public void sessionEnded(SessionSummary summary) {
                    ended.countDown();
                }
            });
            engine.start();
            // The first "next" in the welcome only asks for a second one (the stop rules are not skipped by one).
            engine.command(Command.NEXT, CommandSource.TOUCH);
            engine.command(Command.NEXT, CommandSource.TOUCH);
            engine.command(Command.NEXT, CommandSource.VOICE);
            assertThat(ended.await(60, TimeUnit.SECONDS)).as("session ended").isTrue();
            assertThat(threads).isNotEmpty().allMatch("test-session"::equals);
        }
    }

    @Test
    void aCommandAfterTheSessionsSchedulerClosedIsDroppedNotThrown() {
        // The voice thread sends commands to the engine; one may arrive just as the ended session is released.
        RealTimeClock clock = new RealTimeClock();
        RealTimeScheduler scheduler = RealTimeScheduler.singleThread("test-closed", clock);
        SessionEngine engine = new SessionEngine(Fixtures.plan("reps-only"), clock, scheduler, INSTANT,
                SessionSettings.headless());
        scheduler.close();

        engine.command(Command.STOP, CommandSource.VOICE);
        Scheduler.Scheduled late = scheduler.at(clock.millis() + 10, () -> { });
        late.cancel();
    }
}
