package org.footcoach.session;

import java.util.ArrayList;
import java.util.List;
import org.footcoach.content.Exercise;

/** Listens to an engine and keeps everything it heard, in order. */
final class Recorder implements SessionListener {
    final List<Cue> cues = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<Long> interruptions = new ArrayList<>();
    final List<Boolean> acted = new ArrayList<>();
    final List<SessionSummary> summaries = new ArrayList<>();
    final List<String> holds = new ArrayList<>();
    SessionSnapshot last;

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        events.add("started");
    }

    @Override
    public void exerciseStarted(int index, int count, Exercise exercise, int side) {
        events.add("exercise " + index + " " + exercise.id() + " side " + side);
    }

    @Override
    public void cue(Cue cue) {
        cues.add(cue);
    }

    @Override
    public void speechInterrupted(long atMillis) {
        interruptions.add(atMillis);
    }

    @Override
    public void command(Command command, CommandSource source, boolean wasActed) {
        acted.add(wasActed);
        events.add("command " + command.logName() + " " + wasActed);
    }

    @Override
    public void stateChanged(SessionSnapshot snapshot) {
        last = snapshot;
    }

    @Override
    public void holdEnded(Exercise exercise, int side, int set, int secondsHeld, boolean endedEarly) {
        holds.add(exercise.id() + " side " + side + " set " + set + " " + secondsHeld + "s"
                + (endedEarly ? " early" : ""));
    }

    @Override
    public void sessionEnded(SessionSummary summary) {
        summaries.add(summary);
    }

    List<Cue.Speech> speech() {
        return Cues.speech(cues);
    }

    List<String> texts() {
        return speech().stream().map(Cue.Speech::text).toList();
    }

    /** The phrase key of each spoken cue, null for free text. */
    List<String> keys() {
        return speech().stream().map(c -> c.phraseKey().orElse(null)).toList();
    }

    Cue lastCue() {
        return cues.get(cues.size() - 1);
    }

    /** Whether the last cue so far is the spoken phrase {@code key}. */
    boolean lastSaid(String key) {
        return !cues.isEmpty() && Cues.key(lastCue()).filter(key::equals).isPresent();
    }
}
