package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.footcoach.content.ContentLoader;
import org.footcoach.session.Plan;
import org.footcoach.session.PlanBuilder;
import org.footcoach.session.SessionEngine;
import org.footcoach.session.SessionSettings;
import org.footcoach.session.VirtualClock;
import org.footcoach.speech.PlaybackTap;
import org.footcoach.speech.VoiceCatalog;
import org.footcoach.store.JsonLinesEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --audio-out none}: a whole session with the app's real session services (phrase cache, live speaker, event
 * log) runs to its end silently, with every cue logged and {@code audio-unavailable} once, and tells the echo guard
 * of nothing. Virtual time, so it takes seconds, not minutes.
 */
class SilentSessionTest {
    @TempDir
    Path temp;

    @Test
    void aQuickSessionWithSoundOffRunsToItsEndAndSaysSoOnce() throws IOException {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), "quick");
        VirtualClock clock = new VirtualClock();
        Path file = temp.resolve("events.jsonl");
        StringBuilder banner = new StringBuilder();
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file, clock);
             VoiceInput voice = VoiceInput.off(log, clock);
             SessionWiring wiring = SessionWiring.start(VoiceCatalog.detect(), "freetts", AudioOutMode.NONE,
                     temp.resolve("voice"), log, voice, PlaybackTap.NONE)) {
            wiring.onAudioUnavailable(banner::append, line -> { });
            SessionServices services = wiring.services();
            SessionEngine engine = new SessionEngine(plan, clock, clock, services.lengths(),
                    SessionSettings.headless());
            services.listeners().forSession(clock).forEach(engine::addListener);

            engine.start();
            clock.runUntilIdle();
            // Nothing was played, so nothing the app "said" can hide a person's command: "stop" over
            // "Stop and get help." or "back" over "Your toes point up toward you." is taken.
            assertThat(voice.appSoundedBetween(0, clock.millis() + 60_000)).isFalse();
        }

        EventLines events = new EventLines(file);
        assertThat(events.ofType("audio-unavailable")).singleElement()
                .satisfies(e -> assertThat(e.get("reason").getAsString()).startsWith("Sound is off."));
        assertThat(banner.toString()).isEqualTo("Sound is off. Captions show every word.");
        assertThat(events.types()).contains("session-started", "exercise-started", "cue", "hold-ended")
                .last().isEqualTo("session-ended");
        assertThat(events.ofType("session-ended").get(0).get("stopped_early").getAsBoolean()).isFalse();
        assertThat(events.ofType("cue")).extracting(c -> c.has("text") ? c.get("text").getAsString() : "")
                .contains("Single-leg balance", "Check both feet for sores or cuts.");
    }
}
