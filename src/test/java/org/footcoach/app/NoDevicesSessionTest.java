package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.footcoach.content.ContentLoader;
import org.footcoach.listen.AudioUnavailableException;
import org.footcoach.listen.ReopeningMicrophone;
import org.footcoach.listen.VoiceMessages;
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
 * No microphone and no sound: a whole session with the app's real session services runs to its end with every cue
 * logged, while voice commands wait for a microphone. The screen shows one line for each, once, and no voice model is
 * loaded for an input that is not there. Virtual time for the session.
 */
class NoDevicesSessionTest {
    @TempDir
    Path temp;

    @Test
    void aQuickSessionWithNeitherMicrophoneNorSoundRunsToItsEndWithOneLineForEach() throws Exception {
        Plan plan = new PlanBuilder().build(ContentLoader.loadBundled().content(), "quick");
        VirtualClock clock = new VirtualClock();
        Path file = temp.resolve("events.jsonl");
        List<String> banner = new CopyOnWriteArrayList<>();
        String noMicrophone = new VoiceMessages().format("status.no-microphone");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file, clock);
             VoiceInput voice = VoiceInput.start(missing -> ReopeningMicrophone.openWhenThere(() -> {
                 throw new AudioUnavailableException(noMicrophone, null);
             }, missing), () -> {
                 throw new AssertionError("a model loaded with no microphone");
             }, log, clock);
             SessionWiring wiring = SessionWiring.start(VoiceCatalog.detect(), "freetts", AudioOutMode.NONE,
                     temp.resolve("voice"), log, voice, PlaybackTap.NONE)) {
            assertThat(voice.awaitInputCheck(20_000)).as("the microphone looked for").isTrue();
            wiring.onAudioUnavailable(banner::add, banner::remove);
            wiring.onVoiceNotices(banner::add, banner::remove);
            SessionServices services = wiring.services();
            SessionEngine engine = new SessionEngine(plan, clock, clock, services.lengths(),
                    SessionSettings.headless());
            services.listeners().forSession(clock).forEach(engine::addListener);

            engine.start();
            clock.runUntilIdle();

            assertThat(voice.listening()).isFalse();
        }

        assertThat(banner).containsExactlyInAnyOrder("Sound is off. Captions show every word.", noMicrophone);
        EventLines events = new EventLines(file);
        assertThat(events.ofType("voice-unavailable")).singleElement()
                .satisfies(e -> assertThat(e.get("reason").getAsString()).isEqualTo(noMicrophone));
        assertThat(events.types()).doesNotContain("error", "voice-listening").last().isEqualTo("session-ended");
        assertThat(events.ofType("session-ended").get(0).get("stopped_early").getAsBoolean()).isFalse();
        assertThat(events.ofType("cue")).extracting(c -> c.has("text") ? c.get("text").getAsString() : "")
                .contains("Single-leg balance", "Check both feet for sores or cuts.");
    }
}
