package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;
import org.footcoach.session.Cue;
import org.footcoach.speech.VoiceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app never obeys itself: a routine's own exported audio, in each installed voice, played into the app's voice
 * input as if the microphone heard the loudspeaker, with the echo guard fed the same cues on the same timeline by the
 * session listener the app uses, gives no command at all, not even from the app's own "Stop if it hurts." The
 * clearest voice (the one the app speaks with) says the full routine, the others the quick one, all at once on every
 * core to keep the suite's time. {@code -Decho.routine=full} (or another routine id) gives every voice that routine.
 */
class OwnVoiceEchoTest {
    @TempDir
    Path temp;

    @Test
    void aRoutinesOwnAudioGivesNoCommandInAnyVoice() throws Exception {
        VoiceCatalog voices = VoiceCatalog.detect();
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Check>> checks = new ArrayList<>();
            for (String voiceName : voices.names()) {
                String routineId = System.getProperty("echo.routine",
                        voiceName.equals(voices.defaultName()) ? "full" : "quick");
                Path dir = Files.createDirectories(temp.resolve(voiceName));
                checks.add(cores.submit(() -> hear(voiceName, routineId, dir)));
            }
            SoftAssertions softly = new SoftAssertions();
            for (Future<Check> future : checks) {
                Check check = future.get();
                List<Cue> cues = check.routine().cues();
                softly.assertThat(check.heard().heardToMillis()).as("%s: the whole track was heard", check.voice())
                        .isGreaterThan(cues.get(cues.size() - 1).endMillis());
                softly.assertThat(check.heard().obeyed()).as("%s: commands from the app's own voice:%n%s",
                        check.voice(), String.join("\n", check.heard().where())).isEmpty();
                softly.assertThat(check.heardLines()).as("%s: voice-heard lines", check.voice()).isZero();
            }
            softly.assertAll();
        } finally {
            cores.shutdownNow();
        }
        assertThat(voices.names()).as("voices tried").isNotEmpty();
    }

    private record Check(String voice, OwnVoiceHearing.Rendered routine, OwnVoiceHearing.Heard heard,
                         int heardLines) {
    }

    private static Check hear(String voiceName, String routineId, Path dir) throws Exception {
        OwnVoiceHearing.Rendered routine = OwnVoiceHearing.render(voiceName, routineId, dir);
        Path events = dir.resolve("events.jsonl");
        OwnVoiceHearing.Heard heard = OwnVoiceHearing.hear(routine, routine.wav(), events);
        return new Check(voiceName, routine, heard, new EventLines(events).ofType("voice-heard").size());
    }
}
