package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

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
        speaker.cue(new Cue(0, cache.sayMillis("hold.start", "Hold."), "Hold.", "hold.start", null, null, "x"));
        clock.advanceTo(1000);
        output.head += Pcm.sampleOf(1000);
        speaker.cue(new Cue(1000, cache.sayMillis("count.1", "One"), "One", "count.1", 1, null, "x"));
        speaker.cue(new Cue(1500, cache.earconMillis(Earcon.REP_TICK), null, null, null, Earcon.REP_TICK, "x"));
        assertThat(output.placed).extracting(ManualOutput.Placed::pcm).containsExactly(
                cache.speech("hold.start", "Hold."), cache.speech("count.1", "One"), cache.earcon(Earcon.REP_TICK));
        long first = output.placedAt.get(0);
        assertThat(output.placedAt).containsExactly(first, first + 16_000, first + 24_000);
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
        speaker.cue(new Cue(0, cache.sayMillis("pause.paused", "Paused."), "Paused.", "pause.paused", null, null,
                null));
        Pcm answer = cache.earcon(Earcon.HEARD_YOU);
        assertThat(output.placedAt).containsExactly(1000L,
                1000L + Math.max(CuePlayer.LEAD_SAMPLES, answer.sampleCount()));
    }

    @Test
    void anInterruptionSilencesWhatIsPlaying() {
        speaker.cue(new Cue(0, cache.sayMillis(null, "Lift your heel."), "Lift your heel.", null, null, null, "x"));
        speaker.speechInterrupted(200);
        assertThat(output.cancels).isEqualTo(1);
    }
}
