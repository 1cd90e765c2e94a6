package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionListener;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.SessionSnapshot;
import org.footcoach.session.SessionState;
import org.footcoach.session.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * A live session never waits for its voice: with a voice program that hangs (killed only after 5 s), the session goes
 * on with captions and "stop" acts at once. The session runs on a virtual clock on the test's thread, so any wait for
 * the voice would hold the test.
 */
class HungVoiceTest {
    private final VirtualClock clock = new VirtualClock();
    private final ManualOutput output = new ManualOutput();
    private final List<Cue> cues = new CopyOnWriteArrayList<>();
    private final List<Boolean> acted = new CopyOnWriteArrayList<>();
    private final List<SessionSnapshot> snapshots = new CopyOnWriteArrayList<>();

    @Test
    void stopActsAtOnceWhileTheVoiceProgramHangs() {
        Voice hung = new CommandLineVoice("hung", (wav, text) -> List.of("sleep", "30"));
        try (PhraseCache cache = new PhraseCache(hung, RecordedClips.none(), EarconSounds.load())) {
            SessionEngine engine = new SessionEngine(new PlanBuilder().build(OfflineRenderTest.shortContent(),
                    "short"), clock, clock, cache.withoutWaiting(), SessionSettings.headless());
            engine.addListener(recorder());
            engine.addListener(new LiveSpeaker(cache, output, clock));

            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
                engine.start();
                clock.advanceBy(4_000);
                engine.command(Command.STOP, CommandSource.VOICE);
                clock.advanceBy(0);
            });

            assertThat(acted).containsExactly(true);
            assertThat(snapshots.get(snapshots.size() - 1).state()).isEqualTo(SessionState.ENDED);
            Cue stopped = cues.get(cues.size() - 1);
            assertThat(stopped).isInstanceOfSatisfying(Cue.Speech.class,
                    speech -> assertThat(speech.phraseKey()).contains("end.stopped"));
            assertThat(stopped.atMillis()).isEqualTo(4_000);
            assertThat(cues).filteredOn(Cue.Speech.class::isInstance).hasSizeGreaterThan(1);
            List<Pcm> earcons = Arrays.stream(Earcon.values()).map(cache::earcon).toList();
            assertThat(output.placed).extracting(ManualOutput.Placed::pcm).as("no speech was ready to play")
                    .isNotEmpty().allSatisfy(pcm -> assertThat(earcons).contains(pcm));
        }
    }

    @Test
    void aPhraseNotReadyIsSilentAndOneReadyPlays() {
        CountDownLatch release = new CountDownLatch(1);
        CountingVoice counting = new CountingVoice();
        Voice slowOnOne = new LambdaVoice("slow", text -> {
            if (text.startsWith("Lift")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return counting.render(text);
        });
        try (PhraseCache cache = new PhraseCache(slowOnOne, RecordedClips.none(), EarconSounds.load())) {
            LiveSpeaker speaker = new LiveSpeaker(cache, output, clock);
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
                long estimate = cache.withoutWaiting().sayMillis(null, "Lift both heels.");
                speaker.cue(speech(0, estimate, "Lift both heels."));
            });
            Pcm rendered = cache.speech(null, "Sit tall.");
            speaker.cue(speech(2000, rendered.millis(), "Sit tall."));
            speaker.cue(speech(4000, rendered.millis() - 1, "Sit tall."));

            assertThat(output.placed).extracting(ManualOutput.Placed::pcm).as("only the one ready and in its time")
                    .containsExactly(rendered);
        } finally {
            release.countDown();
        }
    }

    private static Cue.Speech speech(long at, long millis, String text) {
        return new Cue.Speech(at, millis, text, Optional.empty(), OptionalInt.empty(), Optional.of("x"));
    }

    private SessionListener recorder() {
        return new SessionListener() {
            @Override
            public void cue(Cue cue) {
                cues.add(cue);
            }

            @Override
            public void command(Command command, CommandSource source, boolean wasActed) {
                acted.add(wasActed);
            }

            @Override
            public void stateChanged(SessionSnapshot snapshot) {
                snapshots.add(snapshot);
            }
        };
    }
}
