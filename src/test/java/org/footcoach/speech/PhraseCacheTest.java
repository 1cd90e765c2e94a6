package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.footcoach.session.CueTimeline;
import org.footcoach.session.Earcon;
import org.footcoach.session.Phrases;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseCacheTest {
    private final CountingVoice voice = new CountingVoice();

    @Test
    void servesTheSamePcmTwiceAndRendersOnce() {
        try (PhraseCache cache = new PhraseCache(voice, RecordedClips.none(), EarconSounds.load())) {
            Pcm first = cache.speech(null, "Sit tall.");
            Pcm second = cache.speech(null, "Sit tall.");
            assertThat(second).isSameAs(first);
            assertThat(voice.rendered).containsExactly("Sit tall.");
        }
    }

    @Test
    void preparesPhrasesInTheBackgroundAndThenServesThemWithoutRendering() throws Exception {
        try (PhraseCache cache = new PhraseCache(voice, RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(Map.of("count.1", "one", "count.2", "two")).get(10, TimeUnit.SECONDS);
            assertThat(voice.rendered).containsExactlyInAnyOrder("one", "two");
            cache.speech("count.2", "two");
            assertThat(voice.rendered).hasSize(2);
        }
    }

    @Test
    void prepareReturnsAtOnceWhileTheVoiceIsStillBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Voice slow = new LambdaVoice("slow", text -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return voice.render(text);
        });
        try (PhraseCache cache = new PhraseCache(slow, RecordedClips.none(), EarconSounds.load())) {
            CompletableFuture<Void> ready = cache.prepare(Map.of("count.1", "one"));
            assertThat(ready).isNotDone();
            release.countDown();
            ready.get(10, TimeUnit.SECONDS);
            assertThat(voice.rendered).containsExactly("one");
        }
    }

    @Test
    void closingStopsThePreparingAndNeverCallsTheStandIn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountingVoice standIn = new CountingVoice();
        List<String> asked = new CopyOnWriteArrayList<>();
        Voice untilInterrupted = new LambdaVoice("subprocess", text -> {
            asked.add(text);
            started.countDown();
            try {
                new CountDownLatch(1).await();
                throw new AssertionError("never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // as CommandLineVoice does
                throw new SpeechException("interrupted", e);
            }
        });
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("count.1", "one");
        phrases.put("count.2", "two");
        phrases.put("count.3", "three");
        CompletableFuture<Void> ready;
        try (PhraseCache cache = new PhraseCache(untilInterrupted, () -> standIn, RecordedClips.none(),
                EarconSounds.load())) {
            ready = cache.prepare(phrases);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }
        ready.get(10, TimeUnit.SECONDS);
        assertThat(asked).containsExactly("one");
        assertThat(standIn.rendered).as("an interrupted voice is not a broken one").isEmpty();
    }

    /** The session engine's thread asks for a phrase the background is still rendering with a voice that hangs. */
    @Test
    void aWaitForAPhraseAnotherThreadRendersIsBoundedAndTheStandInSpeaksItForEveryone() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Voice hung = new LambdaVoice("hung", text -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Pcm.silence(Pcm.SAMPLE_RATE);
        });
        try (PhraseCache cache = new PhraseCache(hung, () -> voice, RecordedClips.none(), EarconSounds.load(),
                Duration.ofMillis(200))) {
            CompletableFuture<Void> ready = cache.prepare(Map.of("count.1", "one"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            long millis = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> cache.sayMillis("count.1", "one"));

            Pcm standIn = new CountingVoice().render("one");
            assertThat(millis).isEqualTo(standIn.millis());
            release.countDown();
            ready.get(10, TimeUnit.SECONDS);
            assertThat(cache.speech("count.1", "one")).as("what plays is as long as what was timed")
                    .isEqualTo(standIn);
        } finally {
            release.countDown();
        }
    }

    @Test
    void preparesTheSessionBundleButNotItsPlaceholderPhrases() throws Exception {
        Phrases phrases = new Phrases();
        try (PhraseCache cache = new PhraseCache(voice, RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(phrases).get(30, TimeUnit.SECONDS);
            assertThat(voice.rendered).contains(phrases.text("count.7"), phrases.text("session.welcome"))
                    .doesNotContain(phrases.text("count.other"))
                    .hasSize((int) phrases.keys().stream().map(phrases::text).filter(t -> !t.contains("{"))
                            .distinct().count());
        }
    }

    @Test
    void planAndBundlePreparedMeanTheSessionRendersNothingMore() throws Exception {
        Plan plan = new PlanBuilder().build(OfflineRenderTest.shortContent(), "short");
        try (PhraseCache cache = new PhraseCache(voice, RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(plan).get(30, TimeUnit.SECONDS);
            cache.prepare(new Phrases()).get(30, TimeUnit.SECONDS);
            int before = voice.rendered.size();
            CueTimeline.render(plan, cache, SessionSettings.headless());
            assertThat(voice.rendered).hasSize(before).contains("Ankle lifts", "Lift both heels.", "Three");
        }
    }

    @Test
    void aFailingVoiceNeverStopsTheSessionTheStandInSpeaksOrSilenceKeepsTheTime() {
        Voice broken = new LambdaVoice("broken", text -> {
            throw new SpeechException("The broken voice failed.");
        });
        try (PhraseCache withStandIn = new PhraseCache(broken, () -> voice, RecordedClips.none(), EarconSounds.load());
             PhraseCache alone = new PhraseCache(broken, RecordedClips.none(), EarconSounds.load())) {
            assertThat(withStandIn.speech(null, "Rest now.")).isEqualTo(voice.render("Rest now."));
            Pcm silent = alone.speech(null, "Rest your feet now.");
            assertThat(silent.peak()).isZero();
            assertThat(silent.millis()).isEqualTo(4 * 400);
        }
    }

    @Test
    void usesARecordedClipForItsPhraseKey(@TempDir Path folder) {
        Pcm recording = new CountingVoice().render("a long recorded sentence");
        WavWriter.write(recording, folder.resolve("hold.start.wav"));
        try (PhraseCache cache = new PhraseCache(voice, new RecordedClips(folder), EarconSounds.load())) {
            Pcm pcm = cache.speech("hold.start", "Hold.");
            assertThat(pcm.sampleCount()).isCloseTo(recording.sampleCount(), within(400));
            assertThat(voice.rendered).isEmpty();
            assertThat(cache.speech("other.key", "Hold.")).isNotEqualTo(pcm);
            assertThat(voice.rendered).containsExactly("Hold.");
        }
    }

    @Test
    void aRecordingSavedLaterIsUsedOnceTheCacheForgetsThatKey(@TempDir Path folder) {
        try (PhraseCache cache = new PhraseCache(voice, new RecordedClips(folder), EarconSounds.load())) {
            Pcm synthetic = cache.speech("hold.start", "Hold.");
            Pcm recording = new CountingVoice().render("a long recorded sentence");
            new OwnRecordings(folder).save("hold.start", recording);
            assertThat(cache.speech("hold.start", "Hold.")).as("kept until told").isEqualTo(synthetic);

            cache.forget("hold.start");
            assertThat(cache.speech("hold.start", "Hold.").sampleCount())
                    .isCloseTo(recording.sampleCount(), within(400));

            new OwnRecordings(folder).delete("hold.start");
            cache.forget("hold.start");
            assertThat(cache.speech("hold.start", "Hold.")).as("the voice again").isEqualTo(synthetic);
        }
    }

    @Test
    void anUnreadableRecordedClipFallsBackToTheVoiceAndIsReportedOnce(@TempDir Path folder) throws Exception {
        Path whole = folder.resolve("whole.wav");
        WavWriter.write(new CountingVoice().render("a recorded sentence"), whole);
        Files.write(folder.resolve("hold.start.wav"), Arrays.copyOf(Files.readAllBytes(whole), 20));
        Files.write(folder.resolve("rest.start.wav"), "ID3\u0003\u0000 an MP3 renamed".getBytes(StandardCharsets.UTF_8));
        CountingVoice expected = new CountingVoice();
        List<String> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger(PhraseCache.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try (PhraseCache cache = new PhraseCache(voice, new RecordedClips(folder), EarconSounds.load())) {
            for (int i = 0; i < 3; i++) {
                assertThat(cache.speech("hold.start", "Hold.")).isEqualTo(expected.render("Hold."));
                assertThat(cache.sayMillis("rest.start", "Rest now.")).isEqualTo(expected.render("Rest now.").millis());
            }
            assertThat(voice.rendered).containsExactly("Hold.", "Rest now.");
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(warnings).filteredOn(w -> w.contains("hold.start")).hasSize(1);
        assertThat(warnings).filteredOn(w -> w.contains("rest.start")).hasSize(1);
    }

    @Test
    void recordedClipsAtAnotherRateAreResampledTo16k(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rest.wav");
        Process sox = new ProcessBuilder("sox", "-n", "-r", "44100", "-c", "2", "-b", "16", file.toString(),
                "synth", "0.5", "sine", "300").start();
        assumeTrue(sox.waitFor() == 0 && Files.exists(file), "sox is needed");
        Pcm pcm = new RecordedClips(folder).find("rest").orElseThrow();
        assertThat(pcm.millis()).isBetween(480L, 520L);
        assertThat(Loudness.voicedRmsDbfs(pcm)).isBetween(-19.0, -17.0);
    }

    @Test
    void speechLengthIsTheLengthOfThePcmThatWillPlay() {
        try (PhraseCache cache = new PhraseCache(voice, RecordedClips.none(), EarconSounds.load())) {
            assertThat(cache.sayMillis(null, "Rest.")).isEqualTo(cache.speech(null, "Rest.").millis()).isEqualTo(300);
            for (Earcon earcon : Earcon.values()) {
                assertThat(cache.earconMillis(earcon)).isEqualTo(cache.earcon(earcon).millis()).isPositive();
            }
        }
    }

    @Test
    void speechLengthFromFreeTtsMatchesItsPcm() {
        try (PhraseCache cache = new PhraseCache(new FreeTtsVoice(), RecordedClips.none(), EarconSounds.load())) {
            long millis = cache.sayMillis("count.7", "seven");
            Pcm pcm = cache.speech("count.7", "seven");
            assertThat(millis * Pcm.SAMPLES_PER_MILLI).isBetween((long) pcm.sampleCount(),
                    (long) pcm.sampleCount() + Pcm.SAMPLES_PER_MILLI - 1);
        }
    }
}
