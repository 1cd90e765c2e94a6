package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.footcoach.content.Content;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SpeechLength;
import org.footcoach.session.VirtualClock;

/**
 * Works out when a person would say each command of a script, by leading the session on a virtual clock and saying
 * each word once its moment comes (for example "pause" three seconds into a hold). A command takes effect
 * {@link #DECISION_MILLIS} after the word ends, about as long as the recogniser takes to decide.
 */
final class VoiceScript {
    static final long DECISION_MILLIS = 520;
    private static final long STEP_MILLIS = 20;

    /** What the session looks like at one moment, for a step's trigger. */
    record Moment(long now, SessionState state, OptionalInt count, long lastCueEnd, long lastCommandAt) {
        boolean silentFor(long millis) {
            return now >= lastCueEnd + millis;
        }

        boolean sinceCommand(long millis) {
            return now >= lastCommandAt + millis;
        }
    }

    record Step(String word, Command command, Predicate<Moment> when) {
    }

    /** One word of the recording: said from {@code saidAt} for {@code lengthMillis}, acted on at {@code actsAt}. */
    record Said(String word, Command command, long saidAt, long lengthMillis, long actsAt) {
    }

    private VoiceScript() {
    }

    /**
     * Leads {@code routine} with the commands said as the steps ask; {@code wordMillis} gives each word's spoken
     * length. The session is started by the first step (GO in IDLE), as the voice-driven session will be.
     */
    static List<Said> plan(Content content, String routine, SpeechLength lengths, List<Step> steps,
                           java.util.function.ToLongFunction<String> wordMillis) {
        Plan plan = new PlanBuilder().build(content, routine);
        VirtualClock clock = new VirtualClock();
        SessionEngine engine = new SessionEngine(plan, clock, clock, lengths, SessionSettings.defaults());
        long[] lastCueEnd = {0};
        SessionSnapshot[] shown = {null};
        List<String> seen = new ArrayList<>();
        engine.addListener(new SessionListener() {
            @Override
            public void cue(Cue cue) {
                lastCueEnd[0] = Math.max(lastCueEnd[0], cue.endMillis());
            }

            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                if (shown[0] == null || shown[0].state() != snapshot.state()) {
                    seen.add(snapshot.atMillis() + " " + snapshot.state() + " "
                            + snapshot.inExercise().map(SessionSnapshot.InExercise::index).orElse(-1));
                }
                shown[0] = snapshot;
            }
        });
        List<Said> said = new ArrayList<>();
        long lastCommandAt = 0;
        long now = 0;
        for (Step step : steps) {
            while (true) {
                clock.advanceTo(now);
                SessionSnapshot s = shown[0];
                Moment moment = new Moment(now, s == null ? SessionState.IDLE : s.state(),
                        s == null ? OptionalInt.empty() : s.count(), lastCueEnd[0], lastCommandAt);
                if (step.when().test(moment)) {
                    break;
                }
                now += STEP_MILLIS;
                if (now > 3_600_000) {
                    throw new IllegalStateException("the moment for \"" + step.word() + "\" never came; "
                            + said + "; states: " + seen);
                }
            }
            long length = wordMillis.applyAsLong(step.word());
            long actsAt = now + length + DECISION_MILLIS;
            said.add(new Said(step.word(), step.command(), now, length, actsAt));
            clock.at(actsAt, () -> engine.command(step.command(), CommandSource.VOICE));
            now = actsAt;
            lastCommandAt = actsAt;
        }
        return said;
    }
}
