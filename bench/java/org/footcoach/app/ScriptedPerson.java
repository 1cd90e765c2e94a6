package org.footcoach.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footcoach.listen.corpus.Speaker;
import org.footcoach.listen.corpus.Utterance;
import org.footcoach.listen.corpus.VoiceCorpus;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionState;

/**
 * A person doing the routine several times in a row, one script of {@link LiveStep}s a session, who says each step
 * into the room's microphone once its moment comes, as the session really goes ({@link SessionWatch}). The person
 * starts each session (a touch on the start screen); where a session waits for a command that was not heard, a
 * helper presses the pedal after a while, so one lost word does not stall the rest, and a session still running when
 * its script is done is ended with Escape. Pedal and key presses are logged as keys, never counted as spoken
 * commands. Runs on the thread that reads the microphone, which is also the sessions' (the microphone moves the
 * clock).
 */
final class ScriptedPerson implements RoomMicrophone.Person {
    /** What was said into the room: from and to in stream (and clock) milliseconds. */
    record Said(int run, String words, Command command, String voice, long fromMillis, long toMillis) {
        boolean isDecoy() {
            return command == null;
        }
    }

    /** Starts a new session with {@code watch} as one of its listeners. */
    interface Sessions {
        void start(SessionListener watch);
    }

    /** The pedal or a key, pressed by a helper. */
    interface Pedal {
        void press(Command command, CommandSource source);
    }

    private static final long HELPER_WAITS = 15_000;
    private static final long FIRST_START = 1_000;
    private static final long BETWEEN_SESSIONS = 2_500;
    /** A person takes a breath between two things said. */
    private static final long BREATH = 150;

    private final List<List<LiveStep>> runs;
    private final List<Speaker> voices;
    private final Sessions sessions;
    private final Pedal pedal;
    private final SessionWatch watch = new SessionWatch();
    private final Map<String, short[]> rendered = new HashMap<>();
    private final List<Said> said = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> helped = new ArrayList<>();
    private short[] spoken = new short[16_000 * 60];

    private int run;
    private int step;
    private boolean running;
    private boolean finished;
    private long startAt = FIRST_START;
    private long stepSince;
    /** Times the current insistent step was said; 0 before it is said. */
    private int tries;
    private long lastSaidEnd = Long.MIN_VALUE / 2;

    ScriptedPerson(List<List<LiveStep>> runs, List<Speaker> voices, Sessions sessions, Pedal pedal) {
        this.runs = runs;
        this.voices = voices;
        this.sessions = sessions;
        this.pedal = pedal;
    }

    /** The words of every step in every voice, rendered now (the microphone must not wait for espeak-ng later). */
    List<short[]> renderAll() {
        List<short[]> all = new ArrayList<>();
        for (List<LiveStep> script : runs) {
            for (LiveStep s : script) {
                for (Speaker voice : voices) {
                    all.add(words(voice, s.words()));
                }
            }
        }
        return all;
    }

    @Override
    public void before(long now) {
        if (finished) {
            return;
        }
        if (!running) {
            if (now >= startAt) {
                running = true;
                stepSince = now;
                watch.expectSession();
                sessions.start(watch);
            }
            return;
        }
        if (watch.ended()) {
            endOfSession(now);
        } else if (now >= lastSaidEnd + BREATH) {
            next(now);
        }
    }

    private void next(long now) {
        List<LiveStep> script = runs.get(run);
        if (step >= script.size()) {
            if (now - stepSince > HELPER_WAITS) {
                helped.add(String.format("session %d: Escape at %s, the script done", run + 1, LiveTally.clock(now)));
                pedal.press(Command.STOP, CommandSource.KEY);
                stepSince = now;
            }
            return;
        }
        LiveStep next = script.get(step);
        LiveMoment moment = watch.moment(now, lastSaidEnd);
        if (tries > 0) {
            insistOn(next, moment);
        } else if (next.when().test(moment)) {
            watch.takeActedByVoice();
            say(next, now);
            if (next.insistent()) {
                tries = 1;
            } else {
                advance(now);
            }
        } else if (now - stepSince > next.patienceMillis()) {
            skipped.add(String.format("session %d: \"%s\" left out, its moment did not come in %d s", run + 1,
                    next.words(), next.patienceMillis() / 1000));
            advance(now);
        } else {
            helpIfStuck(now);
        }
    }

    /** After an insistent step: on once the app acted on it, else the same words again once its moment is back. */
    private void insistOn(LiveStep next, LiveMoment moment) {
        long now = moment.now();
        if (watch.takeActedByVoice() == next.command()) {
            advance(now);
        } else if (now >= lastSaidEnd + LiveStep.ANSWER_MILLIS) {
            if (tries < LiveStep.TRIES && next.when().test(moment)) {
                tries++;
                say(next, now);
            } else if (tries >= LiveStep.TRIES || now - lastSaidEnd > next.patienceMillis()) {
                advance(now);
            }
        }
    }

    private void helpIfStuck(long now) {
        SessionState state = watch.state();
        boolean waiting = state == SessionState.WAITING_FOR_GO || state == SessionState.PAUSED;
        if (waiting && now - watch.stateSince() > HELPER_WAITS && now >= lastSaidEnd + 8_000) {
            helped.add(String.format("session %d: pedal (go) at %s, %s for %d s", run + 1, LiveTally.clock(now),
                    state, (now - watch.stateSince()) / 1000));
            pedal.press(Command.GO, CommandSource.KEY);
            watch.restartWait(now);
        }
    }

    private void endOfSession(long now) {
        if (now < watch.lastCueEnd() + BETWEEN_SESSIONS) {
            return; // the closing words
        }
        run++;
        step = 0;
        tries = 0;
        running = false;
        if (run == runs.size()) {
            finished = true;
        } else {
            startAt = now + BETWEEN_SESSIONS;
        }
    }

    private void advance(long now) {
        step++;
        tries = 0;
        stepSince = now;
    }

    private void say(LiveStep s, long now) {
        Speaker voice = voices.get(said.size() % voices.size());
        short[] words = words(voice, s.words());
        int from = (int) (now * 16);
        if (from + words.length > spoken.length) {
            spoken = Arrays.copyOf(spoken, Math.max(spoken.length * 2, from + words.length));
        }
        System.arraycopy(words, 0, spoken, from, words.length);
        long to = now + words.length / 16;
        said.add(new Said(run + 1, s.words(), s.command(), voice.name(), now, to));
        lastSaidEnd = to;
    }

    private short[] words(Speaker voice, String text) {
        return rendered.computeIfAbsent(voice.name() + "|" + text, key -> {
            Utterance u = VoiceCorpus.utterance(voice, text, null);
            return Arrays.copyOfRange(u.samples(), u.wordStartSample(), u.wordEndSample());
        });
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public short sampleAt(long sample) {
        return sample < spoken.length ? spoken[(int) sample] : 0;
    }

    List<Said> said() {
        return List.copyOf(said);
    }

    /** Each sentence the app began, from and to (cut off where a command cut it). */
    List<long[]> appSpeech() {
        return watch.appSpeech();
    }

    List<String> skipped() {
        return skipped;
    }

    List<String> helped() {
        return helped;
    }
}
