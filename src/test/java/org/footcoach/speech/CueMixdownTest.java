package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.footcoach.session.Cue;
import org.footcoach.session.Earcon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made hold timeline through the real FreeTTS voice: exact onsets, captions and files. */
class CueMixdownTest {
    private static PhraseCache cache;

    @BeforeAll
    static void voice() {
        cache = new PhraseCache(new FreeTtsVoice(), RecordedClips.none(), EarconSounds.load());
    }

    @AfterAll
    static void close() {
        cache.close();
    }

    private static List<Cue> holdOfFiveSeconds() {
        List<Cue> cues = new ArrayList<>();
        cues.add(speech(0, "hold.start", "Hold.", OptionalInt.empty()));
        String[] words = {"One", "Two", "Three", "Four", "Five"};
        for (int n = 1; n <= 5; n++) {
            cues.add(speech(1000L * n, "count." + n, words[n - 1], OptionalInt.of(n)));
        }
        cues.add(new Cue.Sound(6000, cache.earconMillis(Earcon.HOLD_END), Earcon.HOLD_END, Optional.of("x")));
        cues.add(speech(6800, "work.end", "And rest.", OptionalInt.empty()));
        return cues;
    }

    private static Cue speech(long at, String key, String text, OptionalInt count) {
        return new Cue.Speech(at, cache.sayMillis(key, text), text, Optional.of(key), count, Optional.of("x"));
    }

    @Test
    void everyCueStartsExactlyOnItsSampleAfterSilence() {
        CueMixdown mixdown = new CueMixdown(cache);
        List<Cue> cues = holdOfFiveSeconds();
        cues.forEach(mixdown::add);
        Pcm track = mixdown.track();
        for (Cue cue : cues) {
            TrackChecks.assertOnsetExactly(track, cue, cue.atMillis() == 0 ? 0 : 100);
        }
        assertThat(mixdown.clippedSamples()).isZero();
        assertThat(track.peak()).isLessThan(Short.MAX_VALUE);
    }

    @Test
    void oneCaptionPerUtteranceFromOnsetToTheEndOfItsSound() {
        CueMixdown mixdown = new CueMixdown(cache);
        holdOfFiveSeconds().forEach(mixdown::add);
        List<Caption> captions = mixdown.captions();
        assertThat(captions).extracting(Caption::text)
                .containsExactly("Hold.", "One", "Two", "Three", "Four", "Five", "And rest.");
        assertThat(captions.get(2).startMillis()).isEqualTo(2000);
        assertThat(captions.get(2).endMillis()).isEqualTo(2000 + cache.speech("count.2", "Two").millis());
        TrackChecks.assertNoOverlap(captions);
        Pcm track = mixdown.track();
        for (Caption caption : captions) {
            long afterEnd = Pcm.sampleOf(caption.endMillis());
            if (afterEnd < track.sampleCount()) {
                assertThat(track.sampleAt((int) afterEnd)).as("just after " + caption.text()).isZero();
            }
        }
    }

    @Test
    void writesAWavAndVttThatReadBackTheSame(@TempDir Path dir) {
        CueMixdown mixdown = new CueMixdown(cache);
        holdOfFiveSeconds().forEach(mixdown::add);
        mixdown.endAt(9000);
        mixdown.write(dir.resolve("hold.wav"), dir.resolve("hold.vtt"));
        assertThat(WavReader.read(dir.resolve("hold.wav"))).isEqualTo(mixdown.track());
        assertThat(mixdown.track().millis()).isEqualTo(9000);
        assertThat(VttReader.read(dir.resolve("hold.vtt"))).isEqualTo(mixdown.captions());
    }
}
