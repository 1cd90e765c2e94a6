package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.footcoach.content.Amount;
import org.footcoach.content.Content;
import org.footcoach.content.Dose;
import org.footcoach.content.Exercise;
import org.footcoach.content.Kind;
import org.footcoach.content.Position;
import org.footcoach.content.Routine;
import org.footcoach.content.Source;
import org.footcoach.content.Support;
import org.footcoach.session.Cue;
import org.footcoach.session.Cues;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short routine through the real engine and FreeTTS, checked in the rendered samples and the captions. */
class OfflineRenderTest {
    private static PhraseCache cache;
    private static Plan plan;
    private static CueMixdown mixdown;

    @BeforeAll
    static void render() {
        cache = new PhraseCache(new FreeTtsVoice(), RecordedClips.none(), EarconSounds.load());
        plan = new PlanBuilder().build(shortContent(), "short");
        mixdown = new OfflineRender(cache, SessionSettings.headless().withRestSeconds(3, 2)).render(plan);
    }

    @AfterAll
    static void close() {
        cache.close();
    }

    @Test
    void oneCaptionPerUtteranceInOrderWithoutOverlap() {
        List<Cue.Speech> spoken = Cues.speech(mixdown.cues());
        assertThat(spoken).isNotEmpty();
        assertThat(mixdown.captions()).extracting(Caption::text)
                .containsExactlyElementsOf(spoken.stream().map(Cue.Speech::text).toList());
        assertThat(mixdown.captions()).extracting(Caption::startMillis)
                .containsExactlyElementsOf(spoken.stream().map(Cue::atMillis).toList());
        TrackChecks.assertNoOverlap(mixdown.captions());
        assertThat(mixdown.captions()).extracting(Caption::text).contains("Ankle lifts", "Stand on one foot");
    }

    @Test
    void everySoundStartsExactlyOnItsSampleAfterSilence() {
        Pcm track = mixdown.track();
        long previousEnd = 0;
        for (Cue cue : mixdown.cues()) {
            long silentBefore = Math.max(0, Math.min(100, cue.atMillis() - previousEnd));
            TrackChecks.assertOnsetExactly(track, cue, silentBefore);
            previousEnd = Math.max(previousEnd, cue.endMillis());
        }
    }

    @Test
    void countsLandExactlyOnTheBeatInSamples() {
        Pcm track = mixdown.track();
        List<List<Long>> runs = countOnsetRuns(track);
        assertThat(runs).hasSize(3);   // the reps, then the hold on each side
        assertThat(runs.get(0)).hasSize(3);
        assertEvenlySpaced(runs.get(0), Pcm.sampleOf(2000));
        for (List<Long> hold : runs.subList(1, 3)) {
            assertThat(hold).hasSize(4);
            assertEvenlySpaced(hold, Pcm.sampleOf(1000));
        }
    }

    @Test
    void nothingClipsAndTheTrackEndsInSilence() {
        Pcm track = mixdown.track();
        assertThat(mixdown.clippedSamples()).isZero();
        assertThat(track.peak()).isLessThan(Short.MAX_VALUE);
        Cue last = mixdown.cues().get(mixdown.cues().size() - 1);
        assertThat(track.millis()).isEqualTo(last.endMillis() + OfflineRender.TAIL_MILLIS);
    }

    @Test
    void exportWritesTheSameTrackAndCaptions(@TempDir Path dir) {
        CueMixdown exported = new OfflineRender(cache, SessionSettings.headless().withRestSeconds(3, 2))
                .export(plan, dir.resolve("short.wav"), dir.resolve("short.vtt"));
        assertThat(WavReader.read(dir.resolve("short.wav"))).isEqualTo(mixdown.track());
        assertThat(VttReader.read(dir.resolve("short.vtt"))).isEqualTo(mixdown.captions())
                .isEqualTo(exported.captions());
    }

    /** Onsets found in the samples at each count cue, grouped into runs of consecutive counts from one. */
    private static List<List<Long>> countOnsetRuns(Pcm track) {
        List<List<Long>> runs = new ArrayList<>();
        for (Cue cue : mixdown.cues()) {
            if (Cues.count(cue).isEmpty()) {
                continue;
            }
            if (Cues.count(cue).getAsInt() == 1) {
                runs.add(new ArrayList<>());
            }
            long at = Pcm.sampleOf(cue.atMillis());
            runs.get(runs.size() - 1).add(TrackChecks.onset(track, at - Pcm.sampleOf(100)));
        }
        return runs;
    }

    private static void assertEvenlySpaced(List<Long> onsets, long beatSamples) {
        for (int i = 1; i < onsets.size(); i++) {
            assertThat(onsets.get(i) - onsets.get(i - 1)).as("beat %d", i).isEqualTo(beatSamples);
        }
    }

    static Content shortContent() {
        Amount threeReps = new Amount(1, 20, 3, Source.DEFAULT);
        Amount oneSet = new Amount(1, 3, 1, Source.GUIDE);
        Amount fourSeconds = new Amount(1, 30, 4, Source.DEFAULT);
        Exercise lifts = new Exercise("ankle-lifts", "Ankle lifts", "Wake up the ankles.", Position.SEATED,
                Support.CHAIR, List.of(), Kind.REPS, false, new Dose(threeReps, null, null, oneSet, false), 2.0,
                List.of("Sit tall.", "Lift both heels."), List.of(), List.of(), List.of(), "lifts.svg", null, List.of(), null, null);
        Exercise balance = new Exercise("balance", "Stand on one foot", "Balance.", Position.STANDING,
                Support.COUNTER, List.of(), Kind.HOLD, true, new Dose(null, fourSeconds, null, oneSet, false), 1.0,
                List.of("Lift one foot a little."), List.of(), List.of(), List.of("Keep both hands on the counter."),
                "balance.svg", null, List.of(), null, null);
        return new Content(List.of(lifts, balance), List.of(new Routine("short", "Short", List.of("ankle-lifts",
                "balance"))));
    }
}
