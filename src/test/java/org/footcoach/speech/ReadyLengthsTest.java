package org.footcoach.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.footcoach.session.Earcon;
import org.footcoach.session.SpeechLength;
import org.junit.jupiter.api.Test;

/** The lengths a live session gets never wait for the voice; a phrase asked for is rendered next. */
class ReadyLengthsTest {
    private final CountingVoice voice = new CountingVoice();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** Holds its first render until released, as a slow voice program would. */
    private final Voice held = new LambdaVoice("held", text -> {
        started.countDown();
        if (voice.rendered.isEmpty()) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return voice.render(text);
    });

    @Test
    void aPhraseNotReadyGetsAnEstimateAtOnceAndItsRealLengthOnceRendered() throws Exception {
        try (PhraseCache cache = new PhraseCache(held, RecordedClips.none(), EarconSounds.load())) {
            SpeechLength lengths = cache.withoutWaiting();

            long estimate = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> lengths.sayMillis(null, "Lift both heels."));

            assertThat(estimate).isEqualTo(3 * 400);
            release.countDown();
            cache.prepare(Map.of()).get(10, TimeUnit.SECONDS); // the render thread has done what was asked before
            assertThat(lengths.sayMillis(null, "Lift both heels."))
                    .isEqualTo(cache.speech(null, "Lift both heels.").millis());
            assertThat(voice.rendered).containsExactly("Lift both heels.");
            assertThat(lengths.earconMillis(Earcon.REP_TICK)).isEqualTo(cache.earconMillis(Earcon.REP_TICK));
        }
    }

    @Test
    void aPhraseAskedForIsRenderedBeforeThosePreparedAhead() throws Exception {
        Map<String, String> ahead = new LinkedHashMap<>();
        ahead.put("count.1", "One");
        ahead.put("count.2", "Two");
        ahead.put("count.3", "Three");
        try (PhraseCache cache = new PhraseCache(held, RecordedClips.none(), EarconSounds.load())) {
            cache.prepare(ahead);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> cache.withoutWaiting().sayMillis("hold.start", "Hold still."));
            release.countDown();
            cache.prepare(Map.of()).get(10, TimeUnit.SECONDS);
            assertThat(voice.rendered).containsExactly("One", "Hold still.", "Two", "Three");
        }
    }
}
