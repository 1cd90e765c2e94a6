package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.content.Exercise;
import org.footcoach.session.Clock;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;

/**
 * Watches one session through its listener calls and notes every rule of the engine it breaks: one sentence at a
 * time (no sentence starts before the one before has ended, unless a command cut in), counts that never skip or
 * repeat (after a count the next is one more, or 1 when a set starts again; the countdown before standing work one
 * less), the count shown is the count said,
 * nothing after the end, and no stuck state (while it says, counts, holds, times or rests, something happens at
 * least every {@link #LONGEST_QUIET_MILLIS}).
 */
final class SessionInvariants implements SessionListener {
    /** How many of the session's last events a problem is told with. */
    private static final int RECENT = 40;
    /** Longer than the longest sentence at 400 ms a word; a rest's silence and timed work tick every second. */
    static final long LONGEST_QUIET_MILLIS = 30_000;

    private final Clock clock;
    private final List<String> problems = new ArrayList<>();
    private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();
    private boolean started;
    private boolean ended;
    private Cue.Speech lastSpeech;
    private long lastCut = Long.MIN_VALUE;
    private OptionalInt lastCount = OptionalInt.empty();
    private boolean countMayStartAgain = true;
    /** The number said last in the countdown before standing work (5, 4, ... 1), while it counts down. */
    private OptionalInt lastCountdown = OptionalInt.empty();
    private SessionSnapshot snapshot;
    private long lastHeard;
    private boolean wentToTheEnd;

    SessionInvariants(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sessionStarted(Plan plan, long atMillis) {
        if (started) {
            problem("started twice");
        }
        started = true;
        heard("started: " + (plan == null ? "no plan" : plan.routine().id()));
    }

    @Override
    public synchronized void exerciseStarted(int index, int count, Exercise exercise, int side) {
        countMayStartAgain = true;
        heard("exercise " + index + " " + exercise.id() + " side " + side);
    }

    @Override
    public synchronized void cue(Cue cue) {
        heard(cue instanceof Cue.Speech speech ? "say " + speech.atMillis() + ".." + speech.endMillis() + " '"
                + speech.text() + "'" : "sound " + cue.atMillis() + " " + ((Cue.Sound) cue).earcon());
        if (ended) {
            problem("a cue after the end: " + cue);
        }
        if (!(cue instanceof Cue.Speech speech)) {
            return;
        }
        if (lastSpeech != null && speech.atMillis() < lastSpeech.endMillis()
                && !(lastCut >= lastSpeech.atMillis() && lastCut <= speech.atMillis())) {
            problem(String.format("'%s' at %d starts before '%s' (%d..%d) has ended, with no command cutting in",
                    speech.text(), speech.atMillis(), lastSpeech.text(), lastSpeech.atMillis(),
                    lastSpeech.endMillis()));
        }
        lastSpeech = speech;
        if (snapshot != null && snapshot.state() == SessionState.COUNTING_DOWN) {
            speech.count().ifPresent(this::countedDown);
        } else {
            speech.count().ifPresent(this::counted);
        }
    }

    private void countedDown(int number) {
        if (lastCountdown.isPresent() && number != lastCountdown.getAsInt() - 1) {
            problem("countdown " + number + " said after " + lastCountdown.getAsInt());
        }
        lastCountdown = OptionalInt.of(number);
    }

    private void counted(int number) {
        boolean startsAgain = number == 1 && (countMayStartAgain || lastCount.orElse(0) != 1);
        boolean goesOn = lastCount.isPresent() && number == lastCount.getAsInt() + 1;
        if (!startsAgain && !goesOn) {
            problem("count " + number + " said after " + (lastCount.isPresent() ? "count " + lastCount.getAsInt()
                    : "no count") + (number == 1 ? " with nothing starting the set again" : ""));
        }
        lastCount = OptionalInt.of(number);
        countMayStartAgain = false;
    }

    @Override
    public synchronized void speechInterrupted(long atMillis) {
        lastCut = atMillis;
        heard("cut at " + atMillis);
    }

    @Override
    public synchronized void command(Command command, CommandSource source, boolean acted) {
        if (acted) {
            // REPEAT, BACK, NEXT and DONE start a set again; any command acted on may, so none is held against it.
            countMayStartAgain = true;
        }
        heard(command.logName() + " by " + source.logName() + (acted ? "" : " (nothing to do)"));
    }

    @Override
    public synchronized void stateChanged(SessionSnapshot next) {
        if (snapshot == null || snapshot.state() != next.state()) {
            heard("state " + next.state() + next.inExercise().map(in -> " in " + in.exercise().id() + " side "
                    + in.side() + " set " + in.set()).orElse(""));
        } else {
            heard();
        }
        if (snapshot != null && snapshot.state() == SessionState.ENDED && next.state() != SessionState.ENDED) {
            problem("moved on after it ended: " + next.state());
        }
        if (next.count().isPresent() && !next.count().equals(lastCount)) {
            problem("the snapshot's count " + next.count().getAsInt() + " is not the count said last, "
                    + lastCount);
        }
        if (next.state() != SessionState.COUNTING_DOWN) {
            lastCountdown = OptionalInt.empty();
        }
        snapshot = next;
    }

    @Override
    public synchronized void sessionEnded(SessionSummary summary) {
        if (ended) {
            problem("ended twice");
        }
        ended = true;
        wentToTheEnd = !summary.stoppedEarly();
        heard("ended" + (summary.stoppedEarly() ? ", stopped early" : ""));
    }

    private void heard() {
        lastHeard = clock.millis();
    }

    private void heard(String event) {
        heard();
        recent.addLast(clock.millis() + " ms: " + event);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    private void problem(String what) {
        problems.add(what + "; the session's last events:\n    " + String.join("\n    ", recent));
    }

    /** Notes a stuck state: the session runs by itself but nothing has happened for too long. Call as time passes. */
    synchronized void checkNotStuck() {
        if (started && !ended && snapshot != null && runsByItself(snapshot.state())
                && clock.millis() - lastHeard > LONGEST_QUIET_MILLIS) {
            problem("stuck in " + snapshot.state() + ": nothing for " + (clock.millis() - lastHeard)
                    + " ms of virtual time");
            lastHeard = clock.millis();
        }
    }

    private static boolean runsByItself(SessionState state) {
        return switch (state) {
            case SPEAKING, COUNTING_DOWN, COUNTING, HOLDING, TIMING, RESTING -> true;
            case IDLE, WAITING_FOR_GO, PAUSED, ENDED -> false;
        };
    }

    /** Whether it ended at the end of the routine, not stopped early. */
    synchronized boolean wentToTheEnd() {
        return wentToTheEnd;
    }

    synchronized boolean ended() {
        return ended;
    }

    /** The engine's last snapshot, if it has sent one. */
    synchronized Optional<SessionSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
