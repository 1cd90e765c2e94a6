package org.footcoach.session;

import java.util.OptionalInt;

/** An engine on a virtual clock with a recorder, plus helpers to drive it to a moment. */
final class Harness {
    final VirtualClock clock = new VirtualClock();
    final Recorder recorder = new Recorder();
    final SessionEngine engine;

    Harness(String routineId, SessionSettings settings) {
        this(Fixtures.plan(routineId), settings, Fixtures.wordLengths());
    }

    Harness(Plan plan, SessionSettings settings, SpeechLength lengths) {
        this(plan, settings, lengths, new Phrases());
    }

    Harness(Plan plan, SessionSettings settings, SpeechLength lengths, Phrases phrases) {
        engine = new SessionEngine(plan, clock, clock, lengths, settings, phrases);
        engine.addListener(recorder);
    }

    SessionState state() {
        return recorder.last == null ? SessionState.IDLE : recorder.last.state();
    }

    void send(Command command) {
        engine.command(command, CommandSource.KEY);
        runNowTasks();
    }

    /** Runs tasks due now (commands and cues at this instant), without moving time. */
    void runNowTasks() {
        clock.advanceTo(clock.millis());
    }

    /** Runs task by task until {@code state} is reached; GO is given whenever the engine waits for ready. */
    boolean runUntil(SessionState wanted) {
        for (int i = 0; i < 1_000_000; i++) {
            if (state() == wanted) {
                return true;
            }
            if (!clock.runNext()) {
                if (state() == SessionState.WAITING_FOR_GO && wanted != SessionState.WAITING_FOR_GO) {
                    send(Command.GO);
                    continue;
                }
                return state() == wanted;
            }
        }
        return false;
    }

    /** Runs until the count last said is {@code n} in the current run. */
    boolean runUntilCount(int n) {
        for (int i = 0; i < 1_000_000; i++) {
            if (recorder.last != null && recorder.last.count().equals(OptionalInt.of(n))) {
                return true;
            }
            if (!clock.runNext()) {
                return false;
            }
        }
        return false;
    }

    /** Runs to the end, saying GO whenever it waits; false if it cannot end. */
    boolean finish() {
        for (int i = 0; i < 100; i++) {
            clock.runUntilIdle();
            if (state() == SessionState.ENDED && clock.pending() == 0) {
                return true;
            }
            clock.advanceBy(10_000);
            send(Command.GO);
        }
        return false;
    }
}
