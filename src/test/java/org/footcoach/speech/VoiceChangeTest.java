package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.footcoach.session.SpeechLength;
import org.junit.jupiter.api.Test;

/** A new voice speaks from then on, and nothing the old one rendered is mixed in. */
class VoiceChangeTest {
    private final List<String> saidByOld = new CopyOnWriteArrayList<>();
    private final List<String> saidByNew = new CopyOnWriteArrayList<>();
    private final Voice old = recording("old", saidByOld, 50, 1.0);
    private final Voice next = recording("new", saidByNew, 90, 0.7);

    @Test
    void afterTheChangeEveryPhraseIsTheNewVoicesAndWhatWasPreparedIsRenderedAgain() throws Exception {
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("count.1", "One");
        fixed.put("hold.start", "Hold still.");
        try (PhraseCache cache = new PhraseCache(old, RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(fixed).get(10, TimeUnit.SECONDS);
            long before = cache.withoutWaiting().sayMillis("hold.start", "Hold still.");

            cache.speakWith(next, null).get(10, TimeUnit.SECONDS);

            assertThat(saidByNew).containsExactly("One", "Hold still.");
            assertThat(cache.voice()).isSameAs(next);
            assertThat(cache.withoutWaiting().sayMillis("hold.start", "Hold still."))
                    .isEqualTo(cache.speech("hold.start", "Hold still.").millis())
                    .isGreaterThan(before);
            assertThat(cache.speech(null, "One").millis()).isEqualTo(next.render("One").millis());
        }
    }

    @Test
    void aPhraseOnlyTheOldVoiceRenderedIsNotReadyAfterTheChangeAndItsEstimateFollowsTheSpeed() throws Exception {
        try (PhraseCache cache = new PhraseCache(old, RecordedClips.none(), EarconSounds.load())) {
            cache.speech(null, "Lift both heels.");
            SpeechLength lengths = cache.withoutWaiting();

            cache.speakWith(next, null);

            assertThat(cache.ready(null, "Lift both heels.")).isEmpty();
            // Three words at 400 ms a word for a voice of speed 1: 0.7 speaks them in 1/0.7 of the time.
            assertThat(lengths.sayMillis(null, "Rest your feet.")).isEqualTo(Math.round(3 * 400 / 0.7));
            cache.prepare(Map.of()).get(10, TimeUnit.SECONDS);
            assertThat(cache.ready(null, "Lift both heels.")).get()
                    .extracting(Pcm::millis).isEqualTo(next.render("Lift both heels.").millis());
        }
    }

    @Test
    void aRenderOfTheOldVoiceThatEndsAfterTheChangeIsNeverUsed() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Voice slowOld = new LambdaVoice("old", text -> {
            rendering.countDown();
            await(release);
            return old.render(text);
        });
        try (PhraseCache cache = new PhraseCache(slowOld, RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(Map.of("hold.start", "Hold still."));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();

            cache.speakWith(next, null);
            release.countDown();
            cache.prepare(Map.of()).get(10, TimeUnit.SECONDS);

            assertThat(cache.speech("hold.start", "Hold still.").millis())
                    .isEqualTo(next.render("Hold still.").millis());
            assertThat(saidByOld).containsExactly("Hold still.");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A voice of a tone {@code millisPerChar} long a character, recording what it said. */
    private static Voice recording(String name, List<String> said, int millisPerChar, double speed) {
        Function<String, Pcm> tone = text -> {
            said.add(text);
            float[] samples = new float[text.length() * millisPerChar * Pcm.SAMPLES_PER_MILLI];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / Pcm.SAMPLE_RATE));
            }
            return Loudness.level(samples);
        };
        return new Voice() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Pcm render(String text) {
                return tone.apply(text);
            }

            @Override
            public double speed() {
                return speed;
            }
        };
    }
}
