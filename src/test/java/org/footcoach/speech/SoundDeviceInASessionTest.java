package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.LineUnavailableException;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Cue;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSummary;
import org.footcoach.session.VirtualClock;
import org.footcoach.session.WordRateLength;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quick routine, led with the app's live voice on a sound line that is missing, or fails part way (a write that
 * throws, a line that closes under it): the routine runs to its end with every caption, and the person is told once,
 * in one sentence. The session runs on a virtual clock that moves 20 ms for each 20 ms block the line takes, as a
 * sound card keeps time, so the line fails at a known moment of the routine.
 */
class SoundDeviceInASessionTest {
    /** A hang guard, not a timing assertion: a blocked call would never return at all. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final long BLOCK_MILLIS = LineAudioOutput.BLOCK_SAMPLES / Pcm.SAMPLES_PER_MILLI;
    /** Where the line fails: well into the first exercise. */
    private static final long FAILS_AT_MILLIS = 60_000;

    private final VirtualClock clock = new VirtualClock();
    private final Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), "quick");
    private final WordRateLength lengths = WordRateLength.typical();
    private final PhraseCache cache = new PhraseCache(new CountingVoice(), RecordedClips.none(), EarconSounds.load());
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private final List<SessionSummary> ended = new ArrayList<>();

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void withNoSoundCardTheRoutineRunsToItsEndWithEveryCaptionAndOneSentence() {
        AudioOutput output = LineAudioOutput.open(() -> {
            throw new LineUnavailableException("no sound card");
        }, told::add, PlaybackTap.NONE, new LineAudioOutput.Patience(5000, 60_000, 20));
        SessionEngine engine = engineOn(output);

        engine.start();
        assertTimeoutPreemptively(HANG_GUARD, clock::runUntilIdle);
        output.close();

        assertRoutineEndedWithEveryCaption();
        assertThat(told).containsExactly(SpeechMessages.text(SpeechMessages.NO_DEVICE));
    }

    @Test
    void aWriteThatThrowsPartWayLeavesTheRestOfTheRoutineInCaptionsWithOneSentence() throws Exception {
        failPartWay(FakeLine.Mode.THROWS);
    }

    @Test
    void aLineThatClosesPartWayLeavesTheRestOfTheRoutineInCaptionsWithOneSentence() throws Exception {
        failPartWay(FakeLine.Mode.CLOSED);
    }

    private void failPartWay(FakeLine.Mode failure) throws Exception {
        FakeLine device = new FakeLine();
        AtomicBoolean opened = new AtomicBoolean();
        AudioOutput output = LineAudioOutput.open(() -> {
            if (opened.getAndSet(true)) {
                throw new LineUnavailableException("unplugged");
            }
            return device.line();
        }, told::add, PlaybackTap.NONE, new LineAudioOutput.Patience(5000, 60_000, 20));
        SessionEngine engine = engineOn(output);

        engine.start();
        while (clock.millis() < FAILS_AT_MILLIS) {
            clock.advanceBy(BLOCK_MILLIS);
            device.pump(1);
        }
        assertThat(told).as("sound played until then").isEmpty();
        assertThat(loudest(device.played())).as("the voice was heard").isGreaterThan(1000);
        device.mode = failure;
        device.blocksAllowed.release();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (!output.isSilent()) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            clock.runUntilIdle();
        });
        output.close();

        assertRoutineEndedWithEveryCaption();
        assertThat(told).containsExactly(SpeechMessages.text(SpeechMessages.LOST));
    }

    /** The session on {@link #clock}, spoken by the live voice on {@code output}, its captions and end kept. */
    private SessionEngine engineOn(AudioOutput output) {
        SessionEngine engine = new SessionEngine(plan, clock, clock, lengths, SessionSettings.headless());
        engine.addListener(new LiveSpeaker(cache, output, clock));
        engine.addListener(new SessionListener() {
            @Override
            public void cue(Cue cue) {
                if (cue instanceof Cue.Speech speech) {
                    captions.add(speech.text());
                }
            }

            @Override
            public void sessionEnded(SessionSummary summary) {
                ended.add(summary);
            }
        });
        return engine;
    }

    private void assertRoutineEndedWithEveryCaption() {
        assertThat(ended).singleElement().satisfies(s -> assertThat(s.stoppedEarly()).isFalse());
        assertThat(captions).containsExactlyElementsOf(CueTimeline.render(plan, lengths, SessionSettings.headless())
                .stream().filter(Cue.Speech.class::isInstance).map(c -> ((Cue.Speech) c).text()).toList());
    }

    private static int loudest(short[] samples) {
        int loudest = 0;
        for (short sample : samples) {
            loudest = Math.max(loudest, Math.abs(sample));
        }
        return loudest;
    }
}
