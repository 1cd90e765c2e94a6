package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.footcoach.session.Cue;
import org.footcoach.speech.VoiceCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app never obeys itself: the full routine's own exported audio, in each installed voice, played into the app's voice input as
 * if the microphone heard the loudspeaker, with the echo guard fed the same cues on the same timeline by the session
 * listener the app uses, gives no command at all, not even from the app's own "Stop if it hurts." The clearest voice
 * (the one the app speaks with) says the full routine, the others the quick one, to keep the suite's time; about a
 * minute and a half for the full one. {@code -Decho.routine=full} (or another routine id) gives every voice that
 * routine.
 */
class OwnVoiceEchoTest {
    @TempDir
    Path temp;

    static List<String> installedVoices() {
        return VoiceCatalog.detect().names();
    }

    @ParameterizedTest
    @MethodSource("installedVoices")
    void aRoutinesOwnAudioGivesNoCommand(String voiceName) throws Exception {
        String routineId = System.getProperty("echo.routine",
                voiceName.equals(VoiceCatalog.detect().defaultName()) ? "full" : "quick");
        OwnVoiceHearing.Rendered routine = OwnVoiceHearing.render(voiceName, routineId, temp);
        Path events = temp.resolve("events.jsonl");

        OwnVoiceHearing.Heard heard = OwnVoiceHearing.hear(routine, routine.wav(), events);

        List<Cue> cues = routine.cues();
        assertThat(heard.heardToMillis()).as("the whole track was heard")
                .isGreaterThan(cues.get(cues.size() - 1).endMillis());
        assertThat(heard.obeyed()).as("commands from the app's own voice:%n%s", String.join("\n", heard.where()))
                .isEmpty();
        assertThat(new EventLines(events).ofType("voice-heard")).isEmpty();
    }
}
