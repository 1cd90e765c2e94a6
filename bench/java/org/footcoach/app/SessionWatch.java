package org.footcoach.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Plan;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.SessionSummary;

/**
 * What a person in the room sees and hears of the sessions: the state and count on the screen, each sentence the app
 * says (cut short where a command cuts it), the commands it acts on, and the end. One watch follows every session of
 * a benchmark in turn; called on the session's thread.
 */
final class SessionWatch implements SessionListener {
    private final List<long[]> appSpeech = new ArrayList<>();
    private SessionState state = SessionState.IDLE;
    private long stateSince;
    private OptionalInt count = OptionalInt.empty();
    private int exercise = -1;
    private long sessionStart;
    private boolean ended;
    private long lastCueEnd;
    private Optional<String> lastPhraseKey = Optional.empty();
    private Command lastActedByVoice;

    /** The moment {@code now} as the person knows it, who last stopped speaking at {@code lastSaidEnd}. */
    LiveMoment moment(long now, long lastSaidEnd) {
        long speakingUntil = 0;
        for (int i = appSpeech.size() - 1; i >= 0 && i >= appSpeech.size() - 3; i--) {
            long[] sentence = appSpeech.get(i);
            if (sentence[0] <= now && now < sentence[1]) {
                speakingUntil = sentence[1];
            }
        }
        return new LiveMoment(now, state, count, exercise, sessionStart, lastCueEnd, speakingUntil, lastPhraseKey,
                lastSaidEnd);
    }

    /** A new session starts: nothing acted on in it yet. */
    void expectSession() {
        ended = false;
        lastActedByVoice = null;
    }

    @Override
    public void sessionStarted(Plan plan, long atMillis) {
        sessionStart = atMillis;
    }

    @Override
    public void cue(Cue cue) {
        lastCueEnd = Math.max(lastCueEnd, cue.endMillis());
        if (cue instanceof Cue.Speech speech) {
            appSpeech.add(new long[] {cue.atMillis(), cue.endMillis()});
            lastPhraseKey = speech.phraseKey();
        }
    }

    @Override
    public void speechInterrupted(long atMillis) {
        lastCueEnd = Math.min(lastCueEnd, atMillis);
        for (long[] sentence : appSpeech) {
            sentence[1] = Math.min(sentence[1], Math.max(sentence[0], atMillis));
        }
    }

    @Override
    public void stateChanged(SessionSnapshot snapshot) {
        if (snapshot.state() != state) {
            stateSince = snapshot.atMillis();
        }
        state = snapshot.state();
        count = snapshot.count();
        exercise = snapshot.inExercise().map(SessionSnapshot.InExercise::index).orElse(-1);
    }

    @Override
    public void command(Command command, CommandSource source, boolean acted) {
        if (source == CommandSource.VOICE && acted) {
            lastActedByVoice = command;
        }
    }

    @Override
    public void sessionEnded(SessionSummary summary) {
        ended = true;
    }

    /** Takes the last command acted on from the voice, if any since the last call. */
    Command takeActedByVoice() {
        Command acted = lastActedByVoice;
        lastActedByVoice = null;
        return acted;
    }

    SessionState state() {
        return state;
    }

    long stateSince() {
        return stateSince;
    }

    /** The person pressed the pedal in this state: the wait counts from now. */
    void restartWait(long now) {
        stateSince = now;
    }

    boolean ended() {
        return ended;
    }

    long lastCueEnd() {
        return lastCueEnd;
    }

    /** Each sentence the app began, from and to (cut off where a command cut it). */
    List<long[]> appSpeech() {
        return appSpeech;
    }
}
