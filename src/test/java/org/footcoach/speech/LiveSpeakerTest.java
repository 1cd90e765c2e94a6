package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.footcoach.session.Command;
import org.footcoach.session.CommandSource;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.footcoach.session.VirtualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveSpeakerTest {
    private final VirtualClock clock = new VirtualClock();
    private final ManualOutput output = new ManualOutput();
    private final PhraseCache cache = new PhraseCache(new CountingVoice(), RecordedClips.none(), EarconSounds.load());
    private final LiveSpeaker speaker = new LiveSpeaker(cache, output, clock);

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void playsEachCuesOwnPcmAtItsTime() {
        speaker.cue(new Cue.Speech(0, cache.sayMillis("hold.start", "Hold."), "Hold.", Optional.of("hold.start"),
                OptionalInt.empty(), Optional.of("x")));
        clock.advanceTo(1000);
        output.head += Pcm.sampleOf(1000);
        speaker.cue(new Cue.Speech(1000, cache.sayMillis("count.1", "One"), "One", Optional.of("count.1"),
                OptionalInt.of(1), Optional.of("x")));
        speaker.cue(new Cue.Sound(1500, cache.earconMillis(Earcon.REP_TICK), Earcon.REP_TICK, Optional.of("x")));
        assertThat(output.placed).extracting(ManualOutput.Placed::pcm).containsExactly(
                cache.speech("hold.start", "Hold."), cache.speech("count.1", "One"), cache.earcon(Earcon.REP_TICK));
        long first = output.placedAt.get(0);
        assertThat(output.placedAt).containsExactly(first, first + 16_000, first + 24_000);
    }

    @Test
    void onlyCuesReallyHeardAreToldToTheEchoGuard() {
        List<Cue> heard = new ArrayList<>();
        LiveSpeaker told = new LiveSpeaker(cache, CompletableFuture.completedFuture(output), clock, heard::add);
        Cue hold = new Cue.Speech(0, cache.sayMillis("hold.start", "Hold."), "Hold.", Optional.of("hold.start"),
                OptionalInt.empty(), Optional.of("x"));
        Cue tooLong = new Cue.Speech(500, 10, "Your toes come back toward you.", Optional.empty(),
                OptionalInt.empty(), Optional.of("x"));
        Cue tick = new Cue.Sound(900, cache.earconMillis(Earcon.REP_TICK), Earcon.REP_TICK, Optional.of("x"));
        told.cue(hold);
        told.cue(tooLong);
        output.silent = true;
        told.cue(tick);
        assertThat(heard).as("not played in time, or played where nobody hears it: not the app's echo")
                .containsExactly(hold);
    }

    @Test
    void louderAndSofterStepTheVolumeAndEveryAnswerIsASound() {
        speaker.command(Command.LOUDER, CommandSource.VOICE, true);
        speaker.command(Command.LOUDER, CommandSource.KEY, true);
        speaker.command(Command.SOFTER, CommandSource.TOUCH, true);
        speaker.command(Command.NEXT, CommandSource.KEY, false);
        assertThat(output.volume).isEqualTo(AudioOutput.DEFAULT_VOLUME_STEP + 1);
        for (int i = 0; i < 4; i++) {
            speaker.answerHeard();
        }
        assertThat(output.placed).hasSize(4).allSatisfy(p -> assertThat(p.pcm())
                .isEqualTo(cache.earcon(Earcon.HEARD_YOU)));
    }

    @Test
    void speechAfterACommandWaitsForTheAnswerSoundToFinish() {
        output.head = 1000;
        speaker.speechInterrupted(0);
        speaker.command(Command.PAUSE, CommandSource.VOICE, true);
        speaker.answerHeard();
        speaker.cue(new Cue.Speech(0, cache.sayMillis("pause.paused", "Paused."), "Paused.",
                Optional.of("pause.paused"), OptionalInt.empty(), Optional.empty()));
        Pcm answer = cache.earcon(Earcon.HEARD_YOU);
        assertThat(output.placedAt).containsExactly(1000L,
                1000L + Math.max(LiveSpeaker.LEAD_SAMPLES, answer.sampleCount()));
    }

    @Test
    void anInterruptionSilencesWhatIsPlaying() {
        speaker.cue(new Cue.Speech(0, cache.sayMillis(null, "Lift your heel."), "Lift your heel.", Optional.empty(),
                OptionalInt.empty(), Optional.of("x")));
        speaker.speechInterrupted(200);
        assertThat(output.cancels).isEqualTo(1);
    }

    @Test
    void cuesThatFireWithJitterStillLandExactlyOnTheirSpacing() {
        output.head = 5000;
        play(count(10_000, 1), 10_000);
        output.head += Pcm.sampleOf(1000) + 300;   // fired a little late
        play(count(11_000, 2), 11_020);
        output.head += Pcm.sampleOf(1000) - 500;   // and a little early
        play(count(12_000, 3), 11_990);
        play(new Cue.Sound(12_400, 100, Earcon.REP_TICK, Optional.of("x")), 12_000);
        long first = 5000 + LiveSpeaker.LEAD_SAMPLES;
        assertThat(output.placedAt).containsExactly(first, first + 16_000, first + 32_000, first + 32_000 + 6_400);
    }

    @Test
    void cuesHandedOverAheadOfTimeLandAtTheirOwnTime() {
        output.head = 0;
        play(count(3000, 1), 1000);
        play(count(4000, 2), 1000);
        long first = LiveSpeaker.LEAD_SAMPLES + Pcm.sampleOf(2000);
        assertThat(output.placedAt).containsExactly(first, first + 16_000);
    }

    @Test
    void aCueTooLateForItsSampleIsTiedAfreshAtTheWriteHead() {
        play(count(0, 1), 0);
        output.head = Pcm.sampleOf(5000);          // the line ran on while the session clock was held up
        play(count(1000, 2), 1000);
        assertThat(output.placedAt)
                .containsExactly(LiveSpeaker.LEAD_SAMPLES, output.head + LiveSpeaker.LEAD_SAMPLES);
    }

    @Test
    void aDeviceThatFellBehindTheSessionClockIsTiedAfreshInsteadOfQueueingFarAhead() {
        play(count(0, 1), 0);
        output.head = Pcm.sampleOf(1000) - Pcm.sampleOf(800);   // the line stalled for 0.8 s
        play(count(1000, 2), 1000);
        long retied = Math.max(output.head + LiveSpeaker.LEAD_SAMPLES,   // and not sooner than the gap after cue 1
                LiveSpeaker.LEAD_SAMPLES + output.placed.get(0).pcm().sampleCount() + LiveSpeaker.GAP_SAMPLES);
        output.head += Pcm.sampleOf(1000);                       // then it runs on at the right rate
        play(count(2000, 3), 2000);
        assertThat(output.placedAt).containsExactly(LiveSpeaker.LEAD_SAMPLES, retied, retied + 16_000);
    }

    @Test
    void aCueTiedAfreshAfterAStallNeverLandsOnAClipNotYetPlayed() {
        play(new Cue.Speech(0, 1380, "Lift both heels slowly.", Optional.of("step.1"), OptionalInt.empty(),
                Optional.of("x")), 0);
        output.head = Pcm.sampleOf(500);         // the audio thread stalled: 1.5 s behind the session clock
        for (int n = 1; n <= 4; n++) {
            play(count(1000 + 1000 * n, n), 1000 + 1000 * n);
            output.head += Pcm.sampleOf(1000);   // then it runs on at the right rate
        }
        assertThat(output.placed).hasSize(5);
        for (int i = 1; i < output.placed.size(); i++) {
            ManualOutput.Placed before = output.placed.get(i - 1);
            assertThat(output.placed.get(i).atSample()).as("cue %d", i).isGreaterThanOrEqualTo(
                    before.atSample() + before.pcm().sampleCount() + LiveSpeaker.GAP_SAMPLES);
        }
        assertThat(output.placedAt.get(4) - output.placedAt.get(3)).as("caught up, on the beat again")
                .isEqualTo(16_000);
    }

    @Test
    void anInterruptionCancelsAndTheNextCueIsTiedAfresh() {
        play(count(0, 1), 0);
        speaker.speechInterrupted(0);
        output.head = 100;
        play(count(2000, 2), 2000);
        assertThat(output.cancels).isEqualTo(1);
        assertThat(output.placedAt).containsExactly(LiveSpeaker.LEAD_SAMPLES, 100 + LiveSpeaker.LEAD_SAMPLES);
    }

    /**
     * Hands {@code cue} to the speaker when the session clock reads {@code nowMillis}, its speech rendered ahead as a
     * live session's phrases are (a phrase not ready in time is not played).
     */
    private void play(Cue cue, long nowMillis) {
        if (cue instanceof Cue.Speech speech) {
            cache.speech(speech.phraseKey().orElse(null), speech.text());
        }
        clock.advanceTo(nowMillis);
        speaker.cue(cue);
    }

    private static Cue count(long at, int n) {
        return new Cue.Speech(at, 400, "n" + n, Optional.of("count." + n), OptionalInt.of(n), Optional.of("x"));
    }
}
