package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;

/**
 * What each command does in each state (the table in docs/session-engine.md). Every command is valid in every
 * state: it acts, or it changes nothing and {@link #act} says so. Runs on the scheduler's thread only.
 */
final class CommandActions {
    private final LivePlan plan;
    private final Clock clock;
    private final Phrases phrases;
    private final SessionRecord record;
    private final StepRunner runner;
    private final StepQueue queue;
    private final CueTiming timing;
    private final PauseResume pauses;
    private boolean introSkipAsked;

    CommandActions(LivePlan plan, Clock clock, Phrases phrases, SessionRecord record, StepRunner runner) {
        this.plan = plan;
        this.clock = clock;
        this.phrases = phrases;
        this.record = record;
        this.runner = runner;
        this.queue = runner.queue();
        this.timing = runner.timing();
        this.pauses = new PauseResume(clock, runner);
    }

    /** The rest left when paused in a rest's silence, else 0: the screen keeps showing it. */
    long restLeftWhilePaused() {
        return pauses.restLeft();
    }

    /** Carries out {@code command}; true if it acted. */
    boolean act(Command command) {
        return switch (command) {
            case GO -> go();
            case PAUSE -> pause();
            case DONE -> done();
            case NEXT -> next();
            case BACK -> back();
            case REPEAT -> repeat();
            case STOP -> stop();
            case SLOWER -> changeTempo(SessionSettings.TEMPO_STEP);
            case FASTER -> changeTempo(1 / SessionSettings.TEMPO_STEP);
            case HELP -> help();
            case LOUDER, SOFTER -> true;
            case SETTINGS -> settings();
            case HISTORY, EXPORT -> false;
            case ZERO, ONE, TWO, THREE, FOUR, FIVE, SIX, SEVEN, EIGHT, NINE, TEN -> false;
        };
    }

    private boolean go() {
        switch (runner.state()) {
            case IDLE -> runner.begin();
            case WAITING_FOR_GO, COUNTING_DOWN -> {
                runner.cutIn();
                runner.enter(SessionState.SPEAKING);
                runner.pump();
            }
            case PAUSED -> pauses.resume();
            case RESTING -> {
                if (queue.hasAside()) {
                    // "Still resting." after a resume, the rest left queued behind it: both give way.
                    runner.cutIn();
                } else if (timing.inRest(clock.millis())) {
                    runner.cancelPending();
                    timing.endRest(clock.millis());
                } else if (queue.skipPastAnnouncedRest()) {
                    // "Relax a moment." or "Well done. Coming up: ..." is being said: the rest it announces goes with it.
                    runner.cutIn();
                } else {
                    return false;
                }
                runner.pump();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean pause() {
        if (runner.state() == SessionState.COUNTING_DOWN) {
            runner.cutIn();
            runner.waitForGo();
            return true;
        }
        if (!StateGroups.running(runner.state())) {
            return false;
        }
        pauses.pause();
        return true;
    }

    private boolean done() {
        boolean paused = runner.state() == SessionState.PAUSED;
        SessionState effective = paused ? pauses.pausedFrom() : runner.state();
        BeatRun run = timing.run();
        if (!StateGroups.working(effective) || run == null) {
            return false;
        }
        int amount;
        if (run.work == Work.TIMED) {
            double at = paused ? run.positionAt(pauses.pausedAt()) : run.positionAt(clock.millis());
            amount = (int) Math.max(0, Math.floor(at));
        } else {
            amount = runner.shown().count().orElse(0);
        }
        runner.cutIn();
        runner.enter(effective);
        queue.skipToWorkEnd();
        runner.endSetEarly(amount);
        runner.pump();
        return true;
    }

    private boolean next() {
        Place here = runner.here();
        if (StateGroups.inactive(runner.state()) || here.phase() == Phase.END) {
            return false;
        }
        int afterRules = plan.afterStopRules();
        boolean rulesAhead = here.phase() == Phase.INTRO && queue.cursor() <= afterRules;
        if (rulesAhead && !introSkipAsked) {
            // One stray press must not skip the stop rules: the sentence being said ends, then a second "next"
            // is asked for.
            introSkipAsked = true;
            runner.aside("intro.skip-ask");
            if (runner.state() == SessionState.SPEAKING) {
                runner.pump();
            }
            return true;
        }
        int exercise = here.exercise();
        if (exercise >= 0 && here.phase() != Phase.REST) {
            record.left(exercise);
        }
        runner.announcer().forget();
        if (rulesAhead) {
            // Skipping the stop rules still says what to have to hand.
            jumpTo(afterRules);
            return true;
        }
        int target = exercise + 1;
        jumpTo(target < plan.exerciseCount() ? plan.startOf(target) : plan.startOfEnd());
        return true;
    }

    private boolean back() {
        Place here = runner.here();
        if (StateGroups.inactive(runner.state()) || here.exercise() < 0) {
            return false;
        }
        int exercise = here.exercise();
        int target = here.phase() == Phase.REST ? exercise : Math.max(0, exercise - 1);
        runner.announcer().forget();
        jumpTo(plan.startOf(target));
        return true;
    }

    private boolean repeat() {
        Place here = runner.here();
        if (StateGroups.inactive(runner.state()) || here.phase() == Phase.END) {
            return false;
        }
        int exercise = here.exercise();
        switch (here.phase()) {
            case INTRO -> jumpTo(0);
            case GET_READY, SIT_DOWN -> jumpTo(plan.startOf(exercise));
            case INSTRUCTIONS -> jumpTo(plan.firstOf(exercise, Phase.INSTRUCTIONS));
            case REST -> jumpTo(plan.firstOf(exercise, Phase.REST));
            default -> {
                int target = here.phase() == Phase.WORK
                        ? plan.setStart(here) : plan.nextWorkFrom(queue.cursor(), exercise);
                jumpTo(target, instructionsOf(exercise));
            }
        }
        return true;
    }

    private List<PlanStep> instructionsOf(int exercise) {
        List<PlanStep> instructions = new ArrayList<>();
        int at = plan.firstOf(exercise, Phase.INSTRUCTIONS);
        for (int i = at; plan.steps().get(i).place().phase() == Phase.INSTRUCTIONS; i++) {
            instructions.add(plan.steps().get(i));
        }
        return instructions;
    }

    private boolean stop() {
        if (StateGroups.inactive(runner.state())) {
            return false;
        }
        runner.cutIn();
        runner.enter(SessionState.ENDED);
        Place end = Place.of(Phase.END);
        if (runner.here().phase() != Phase.END) {
            record.stopped();
            runner.aside("end.stopped");
            if (runner.announcer().standing()) {
                runner.aside(PlanBuilder.SIT_FOR_FEET_CHECK);
            }
            runner.aside("end.check-feet");
        }
        queue.add(new PlanStep.End(end));
        runner.pump();
        return true;
    }

    private boolean changeTempo(double factor) {
        if (runner.state() == SessionState.ENDED || !timing.changeTempo(factor)) {
            return false;
        }
        if (timing.canRetimeReps() && runner.state() == SessionState.COUNTING) {
            timing.retimeFromLastBeat(runner.periodAhead(false, Work.REPS));
            runner.cancelPending();
            runner.pump();
        }
        return true;
    }

    /** Settings over the session: it pauses there (a session waiting for ready or paused waits already). */
    private boolean settings() {
        if (StateGroups.inactive(runner.state())) {
            return false;
        }
        pause();
        return true;
    }

    private boolean help() {
        if (StateGroups.inactive(runner.state())) {
            return false;
        }
        if (runner.state() == SessionState.COUNTING_DOWN) {
            runner.cutIn();
            runner.waitForGo();
        }
        if (runner.state() == SessionState.WAITING_FOR_GO) {
            runner.cutIn();
            helpLines();
            runner.aside("get-ready.wait");
        } else if (runner.state() == SessionState.PAUSED) {
            runner.cutIn();
            helpLines();
            runner.aside("pause.how");
        } else {
            pause();
            queue.clearAsides();
            runner.aside("pause.paused");
            helpLines();
            runner.aside("pause.how");
        }
        runner.pump();
        return true;
    }

    private void helpLines() {
        for (String key : phrases.numbered("help")) {
            runner.aside(key);
        }
    }

    private void jumpTo(int index) {
        jumpTo(index, List.of());
    }

    private void jumpTo(int index, List<PlanStep> first) {
        pauses.forgetRest();
        runner.jumpTo(index, first);
    }
}
